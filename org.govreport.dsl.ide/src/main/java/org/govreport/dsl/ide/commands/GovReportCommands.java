package org.govreport.dsl.ide.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
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
import org.govreport.dsl.export.ExportFormat;
import org.govreport.dsl.service.ExportService;
import org.govreport.dsl.service.FileFailure;
import org.govreport.dsl.service.ReportFiles;

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
	private ExportService exports;

	/** The formats {@code govreport.export} accepts, in the order a menu shows them. */
	private static final List<String> FORMAT_NAMES = Arrays.stream(ExportFormat.values()).map(ExportFormat::extension)
			.toList();

	@Override
	public List<String> initialize() {
		return List.of(EXPORT, PREVIEW, FORMATS);
	}

	@Override
	public Object execute(ExecuteCommandParams params, ILanguageServerAccess access, CancelIndicator cancelIndicator) {
		if (FORMATS.equals(params.getCommand())) {
			return FORMAT_NAMES;
		}
		List<Object> args = params.getArguments();
		String uri = argument(args, 0, "文档 URI");
		if (PREVIEW.equals(params.getCommand())) {
			return read(access, uri, exports::preview);
		}
		String name = argument(args, 1, "导出格式（" + String.join(" / ", FORMAT_NAMES) + "）");
		ExportFormat format = ExportFormat.byExtension(name)
				.orElseThrow(() -> error("不支持的导出格式“" + name + "”，可用：" + String.join("、", FORMAT_NAMES)));
		Path folder = args.size() > 2 ? Path.of(argument(args, 2, "目标文件夹"))
				: Path.of(java.net.URI.create(uri)).getParent();
		return read(access, uri, resource -> export(resource, format, folder));
	}

	/**
	 * Writes the report as {@code govreport export} would, into a folder; a report with errors is refused (an
	 * editor has no --force; the preview still shows such a report, so the clerk sees what is wrong).
	 */
	private String export(XtextResource resource, ExportFormat format, Path folder) throws IOException {
		Path source = Path.of(URI.decode(resource.getURI().lastSegment()));
		ExportService.Outcome outcome = exports.export(source, resource, List.of(format), false,
				f -> folder.resolve(ReportFiles.exportName(source, f)), false);
		if (outcome.refused()) {
			throw new IOException("报告有 " + outcome.errors().size() + " 个错误，未导出；请先改正。第一个："
					+ outcome.errors().get(0).toLine());
		}
		return outcome.written().get(0).toString();
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
			} catch (IOException | FileFailure e) {
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
