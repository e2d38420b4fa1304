package org.govreport.dsl.cli;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;

import org.govreport.dsl.export.ExportFormat;
import org.govreport.dsl.service.ExportService;
import org.govreport.dsl.service.ExportTargets;
import org.govreport.dsl.service.FileFailure;
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
	public Integer call() {
		int result = ExitCodes.OK;
		boolean failed = false;
		Set<ExportFormat> wanted = new LinkedHashSet<>(formats);
		ExportTargets targets = new ExportTargets(output);
		for (Path root : paths) {
			for (Path file : ReportFiles.expand(List.of(root))) {
				try {
					result = Math.max(result, export(file, wanted, format -> targets.of(root, file, format)));
				} catch (FileFailure e) {
					// Say which file and why, and go on with the others.
					spec.commandLine().getErr().println(e.describe());
					failed = true;
				}
			}
		}
		return failed ? ExitCodes.USAGE : result;
	}

	/** Exports one file; its exit code. */
	private int export(Path file, Set<ExportFormat> wanted, Function<ExportFormat, Path> targetOf) {
		var out = spec.commandLine().getOut();
		ExportService.Outcome outcome = exports.export(file, wanted, fragment, targetOf, force);
		outcome.errors().forEach(f -> out.println(f.toLine()));
		if (outcome.refused()) {
			out.println(file + ": 有 " + outcome.errors().size() + " 个错误，未导出"
					+ (outcome.parsed() ? "（改正后重试，或加 --force 强制导出）" : ""));
			return ExitCodes.FINDINGS;
		}
		int result = ExitCodes.OK;
		for (Path same : outcome.sameAsSource()) {
			out.println(same + ": 与报告文件相同，未导出");
			result = ExitCodes.FINDINGS;
		}
		outcome.written().forEach(target -> out.println("已写入 " + target));
		return result;
	}

	static final class FormatConverter implements ITypeConverter<ExportFormat> {
		@Override
		public ExportFormat convert(String value) {
			return ExportFormat.byExtension(value).orElseThrow(
					() -> new TypeConversionException("未知的导出格式 “" + value + "”，可选：html, docx, md, json, txt"));
		}
	}
}
