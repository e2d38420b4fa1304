package org.govreport.dsl.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.govreport.dsl.service.FileFailure;
import org.govreport.dsl.service.FormatService;
import org.govreport.dsl.service.ReportFiles;

import com.google.inject.Inject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code govreport fmt}: rewrites reports in the canonical layout, or checks that they are. */
@Command(name = "fmt", description = { "整理报告格式（表格列对齐），原地改写文件。",
		"Rewrites reports in the canonical layout (aligned table columns)." })
final class FmtCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Inject
	private FormatService formatting;

	@Option(names = "--check", description = "只检查不改写：有文件格式不规范时退出码为 1 (for CI and pre-commit)")
	private boolean check;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "报告文件或文件夹（递归查找 *.govreport）")
	private List<Path> paths;

	@Override
	public Integer call() {
		int result = ExitCodes.OK;
		boolean failed = false;
		for (Path file : ReportFiles.expand(paths)) {
			try {
				result = Math.max(result, format(file));
			} catch (FileFailure e) {
				// Say which file and why, and go on with the others.
				spec.commandLine().getErr().println(e.describe());
				failed = true;
			}
		}
		return failed ? ExitCodes.USAGE : result;
	}

	/** Formats or checks one file; its exit code. */
	private int format(Path file) {
		var out = spec.commandLine().getOut();
		FormatService.Outcome outcome = formatting.format(file);
		if (!outcome.parsed()) {
			outcome.syntaxErrors().forEach(f -> out.println(f.toLine()));
			out.println(file + ": 有语法错误，未整理格式");
			return ExitCodes.FINDINGS;
		}
		if (outcome.canonical()) {
			return ExitCodes.OK;
		}
		if (check) {
			out.println(file + ": 格式不规范（运行 govreport fmt " + file + " 可自动整理）");
			return ExitCodes.FINDINGS;
		}
		formatting.write(file, outcome);
		out.println(file + ": 已整理格式");
		return ExitCodes.OK;
	}
}
