package org.govreport.dsl.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;

import org.govreport.dsl.service.ExportTargets;
import org.govreport.dsl.service.FileFailure;
import org.govreport.dsl.service.NoticeService;
import org.govreport.dsl.service.ReportFiles;

import com.google.inject.Inject;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Model.CommandSpec;

/** {@code govreport notice}: a rectification notice (DOCX and HTML) for each report with findings. */
@Command(name = "notice", description = { "为每份有问题的报告写整改通知（Word 文档和网页），逐项列出问题、应为和实为的数字、规则和依据、整改期限。",
		"Writes a rectification notice (DOCX and HTML) for each report with findings." })
final class NoticeCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Inject
	private NoticeService notices;

	@Option(names = "--deadline", paramLabel = "YYYY-MM-DD", converter = DateConverter.class, description = "整改期限")
	private LocalDate deadline;

	@Option(names = "--office", paramLabel = "NAME", defaultValue = "本级政府信息公开工作主管部门", description = "发出通知的机关（默认：${DEFAULT-VALUE}）")
	private String office;

	@Option(names = { "-o", "--output" }, required = true, paramLabel = "DIR", description = "输出文件夹")
	private Path output;

	@Option(names = "--force", description = "覆盖已有的通知文件")
	private boolean force;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "报告文件或文件夹（递归查找 *.govreport）")
	private List<Path> paths;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		NoticeService.Letterhead letterhead = new NoticeService.Letterhead(office, deadline, LocalDate.now());
		ExportTargets targets = new ExportTargets(output);
		int reports = 0;
		int noticed = 0;
		boolean failed = false;
		for (Path root : paths) {
			for (Path file : ReportFiles.expand(List.of(root))) {
				reports++;
				try {
					NoticeService.Outcome outcome = notices.notice(root, file, targets, letterhead, force);
					if (!outcome.parsed()) {
						out.println(file + ": 不是可读取的报告，未写整改通知（用 govreport check 查看）");
						failed = true;
					} else if (!outcome.written().isEmpty()) {
						noticed++;
						outcome.written().forEach(t -> out.println("已写入 " + t + "（" + outcome.findings().size() + " 个问题）"));
					}
				} catch (FileFailure e) {
					err.println(e.describe());
					failed = true;
				}
			}
		}
		if (reports == 0) {
			err.println("govreport notice: error: 没有找到 .govreport 报告");
			return ExitCodes.USAGE;
		}
		out.println("检查了 " + reports + " 份报告：" + noticed + " 份有问题，已写整改通知");
		return failed ? ExitCodes.USAGE : noticed > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
	}

	static final class DateConverter implements ITypeConverter<LocalDate> {
		@Override
		public LocalDate convert(String value) {
			try {
				return LocalDate.parse(value);
			} catch (DateTimeParseException e) {
				throw new TypeConversionException("日期 “" + value + "” 无效，应写作 YYYY-MM-DD，如 2026-03-31");
			}
		}
	}
}
