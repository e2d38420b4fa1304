package org.govreport.dsl.ide.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.commands.IExecutableCommandService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import com.google.inject.Inject;

/**
 * {@code govreport.export [documentUri, format, targetFolder]} → the path written, and
 * {@code govreport.preview [documentUri]} → the HTML of the report as the editor holds it now
 * (unsaved edits included); {@code govreport.formats} → the formats export accepts, for a client's menu.
 */
public class GovReportCommands implements IExecutableCommandService {

	public static final String EXPORT = "govreport.export";
	public static final String PREVIEW = "govreport.preview";
	public static final String FORMATS = "govreport.formats";

	@Inject
	private ReportExporter exporter;

	@Override
	public List<String> initialize() {
		return List.of(EXPORT, PREVIEW, FORMATS);
	}

	@Override
	public Object execute(ExecuteCommandParams params, ILanguageServerAccess access, CancelIndicator cancelIndicator) {
		if (FORMATS.equals(params.getCommand())) {
			return exporter.formats();
		}
		List<Object> args = params.getArguments();
		String uri = argument(args, 0, "文档 URI");
		if (PREVIEW.equals(params.getCommand())) {
			return read(access, uri, exporter::html);
		}
		String format = argument(args, 1, "导出格式（" + String.join(" / ", exporter.formats()) + "）");
		if (!exporter.formats().contains(format)) {
			throw error("不支持的导出格式“" + format + "”，可用：" + String.join("、", exporter.formats()));
		}
		Path folder = args.size() > 2 ? Path.of(argument(args, 2, "目标文件夹"))
				: Path.of(java.net.URI.create(uri)).getParent();
		return read(access, uri, resource -> exporter.export(resource, format, folder).toString());
	}

	private interface Export {
		String apply(XtextResource resource) throws IOException;
	}

	private static String read(ILanguageServerAccess access, String uri, Export export) {
		Function<ILanguageServerAccess.Context, String> run = context -> {
			if (!(context.getResource() instanceof XtextResource resource) || resource.getContents().isEmpty()) {
				throw error("找不到要导出的报告：" + URI.decode(uri));
			}
			try {
				return export.apply(resource);
			} catch (IOException e) {
				throw error("导出失败：" + e.getMessage());
			}
		};
		try {
			return access.doRead(uri, run).get();
		} catch (ExecutionException e) {
			throw e.getCause() instanceof ResponseErrorException known ? known : error("导出失败：" + e.getCause());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw error("导出被中断");
		}
	}

	/** LSP4J hands arguments over as JSON elements; clients may also pass plain strings. */
	private static String argument(List<Object> args, int index, String what) {
		Object value = args != null && index < args.size() ? args.get(index) : null;
		if (value instanceof JsonPrimitive primitive && primitive.isString()) {
			return primitive.getAsString();
		}
		if (value instanceof String text) {
			return text;
		}
		if (value instanceof JsonElement json && !json.isJsonNull()) {
			return json.toString();
		}
		throw error("命令缺少参数：" + what);
	}

	private static ResponseErrorException error(String message) {
		return new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, message, null));
	}
}
