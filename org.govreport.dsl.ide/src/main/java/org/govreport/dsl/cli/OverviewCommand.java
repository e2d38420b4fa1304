package org.govreport.dsl.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import org.govreport.dsl.service.OverviewService;

import com.google.inject.Inject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code govreport overview}: one page for the supervising office, with every report, its figures and charts. */
@Command(name = "overview", description = { "为主管部门生成总览网页（单个 HTML 文件，可离线打开和打印）：各报告的状态、问题、主要数字、发布日期，以及图表。",
		"Writes the office's overview page: every report with its status, findings and figures, and charts." })
final class OverviewCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Inject
	private OverviewService overviews;

	@Option(names = { "-o", "--output" }, required = true, paramLabel = "DIR",
			description = "输出文件夹：总览 index.html，各报告的网页在其 reports/ 子文件夹")
	private Path output;

	@Option(names = "--force", description = "覆盖已有的总览和报告网页")
	private boolean force;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "报告文件或文件夹（递归查找 *.govreport）")
	private List<Path> paths;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		OverviewService.Outcome outcome = overviews.overview(paths, output, force, LocalDate.now());
		outcome.rows().stream().filter(r -> r.failure() != null).forEach(r -> err.println(r.file() + ": error: " + r.failure()));
		outcome.failures().forEach(f -> err.println(f.describe()));
		long errors = outcome.rows().stream().filter(r -> r.errors() > 0).count();
		long unread = outcome.rows().stream().filter(r -> r.failure() != null).count();
		out.println("已写入 " + outcome.page() + "：" + outcome.rows().size() + " 份报告，" + errors + " 份有错误，" + unread + " 份无法读取");
		if (unread > 0 || !outcome.failures().isEmpty()) {
			return ExitCodes.USAGE;
		}
		return outcome.rows().stream().anyMatch(r -> r.errors() > 0) ? ExitCodes.FINDINGS : ExitCodes.OK;
	}
}
