package org.govreport.dsl.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.govreport.dsl.service.Finding;
import org.govreport.dsl.service.RollupService;

import com.google.inject.Inject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code govreport rollup}: sums the tables of a region's reports of one year into one report (逐级汇总). */
@Command(name = "rollup", description = { "汇总本地区各机关同一年度的报告：逐格相加表二、表三、表四，正文留待填写。",
		"Sums the tables of many reports of one year into one report of the same form." })
final class RollupCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Inject
	private RollupService rollups;

	@Option(names = "--organ", required = true, paramLabel = "NAME", description = "汇总报告的机关名称")
	private String organ;

	@Option(names = "--year", required = true, paramLabel = "YYYY", description = "汇总的年度")
	private int year;

	@Option(names = { "-o", "--output" }, paramLabel = "FILE", description = "输出文件（默认：机关名称-年度.govreport）")
	private Path output;

	@Option(names = "--last-year", paramLabel = "FILE", description = "上年的汇总报告，写为“上年报告”以检查结转")
	private Path lastYear;

	@Option(names = "--force", description = "也汇总其他年度、重复机关或有错误的报告（仍会列出），并覆盖已有的输出文件")
	private boolean force;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "报告文件或文件夹（递归查找 *.govreport）")
	private List<Path> paths;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		Path target = output != null ? output : Path.of(organ.replaceAll("[\\\\/:*?\"<>|\\s]", "_") + "-" + year + ".govreport");
		RollupService.Outcome outcome = rollups.rollup(new RollupService.Request(organ, year, paths, target, lastYear, force));
		outcome.failures().forEach(f -> err.println(f.describe()));
		if (outcome.selection() != null) {
			outcome.selection().refused().forEach(r -> out.println(r.report().file() + ": 未汇总：" + r.reason()));
			outcome.selection().forced().forEach(r -> out.println(r.report().file() + ": 强制汇总（--force）：" + r.reason()));
		}
		if (outcome.refusal() != null) {
			err.println("govreport rollup: error: " + outcome.refusal() + "，未写入汇总报告");
			return outcome.selection() == null ? ExitCodes.USAGE : ExitCodes.FINDINGS;
		}
		outcome.findings().forEach(f -> out.println(f.toLine()));
		long errors = outcome.findings().stream().filter(Finding::isError).count();
		out.println("已写入 " + outcome.written() + "：汇总了 " + outcome.selection().included().size() + " 份报告，未汇总 "
				+ (outcome.selection().refused().size() + outcome.failures().size()) + " 份；汇总报告有 " + errors + " 个错误、"
				+ (outcome.findings().size() - errors) + " 个警告");
		if (!outcome.failures().isEmpty()) {
			return ExitCodes.USAGE;
		}
		return outcome.hasFindings() ? ExitCodes.FINDINGS : ExitCodes.OK;
	}
}
