package org.govreport.dsl.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.govreport.dsl.export.ExportFormat;
import org.govreport.dsl.service.ExportService;
import org.govreport.dsl.service.ReportFiles;

import com.google.inject.Inject;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Model.CommandSpec;

/** {@code govreport export}: writes each report as HTML, DOCX, Markdown, JSON and/or text beside it or into a folder. */
@Command(name = "export", description = { "导出报告：HTML 网页、Word 文档（DOCX）、Markdown、JSON、纯文本。",
		"Exports reports to HTML, DOCX, Markdown, JSON and plain text." })
final class ExportCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Inject
	private ExportService exports;

	@Option(names = "--to", split = ",", defaultValue = "html", converter = FormatConverter.class,
			paramLabel = "FORMAT", description = "导出格式，逗号分隔：html,docx,md,json,txt（默认 html）")
	private List<ExportFormat> formats;

	@Option(names = { "-o", "--output" }, paramLabel = "DIR",
			description = "输出文件夹（默认与报告文件同一文件夹；导出文件夹时保留其子文件夹结构）")
	private Path output;

	@Option(names = "--fragment", description = "HTML 只输出正文部分，便于粘贴到网站内容管理系统")
	private boolean fragment;

	@Option(names = "--force", description = "报告有错误时也导出（错误仍会列出）")
	private boolean force;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "报告文件或文件夹（递归查找 *.govreport）")
	private List<Path> paths;

	@Override
	public Integer call() throws IOException {
		var out = spec.commandLine().getOut();
		int result = ExitCodes.OK;
		Set<ExportFormat> wanted = new LinkedHashSet<>(formats);
		for (Path root : paths) {
			for (Path file : ReportFiles.expand(List.of(root))) {
				ExportService.Outcome outcome = exports.export(file, wanted, fragment, format -> target(root, file, format), force);
				outcome.errors().forEach(f -> out.println(f.toLine()));
				if (outcome.refused()) {
					out.println(file + ": 有 " + outcome.errors().size() + " 个错误，未导出"
							+ (outcome.parsed() ? "（改正后重试，或加 --force 强制导出）" : ""));
					result = ExitCodes.FINDINGS;
					continue;
				}
				for (Path same : outcome.sameAsSource()) {
					out.println(same + ": 与报告文件相同，未导出");
					result = ExitCodes.FINDINGS;
				}
				outcome.written().forEach(target -> out.println("已写入 " + target));
			}
		}
		return result;
	}

	/** report.govreport → report.html, beside it or under -o (keeping the folders below a given folder). */
	private Path target(Path root, Path file, ExportFormat format) {
		String fileName = ReportFiles.exportName(file, format);
		if (output == null) {
			return file.resolveSibling(fileName);
		}
		Path relative = Files.isDirectory(root) ? root.relativize(file).resolveSibling(fileName) : Path.of(fileName);
		return output.resolve(relative);
	}

	static final class FormatConverter implements ITypeConverter<ExportFormat> {
		@Override
		public ExportFormat convert(String value) {
			return ExportFormat.byExtension(value).orElseThrow(
					() -> new TypeConversionException("未知的导出格式 “" + value + "”，可选：html, docx, md, json, txt"));
		}
	}
}
