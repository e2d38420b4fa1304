package org.govreport.dsl.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.govreport.dsl.service.CheckService;
import org.govreport.dsl.service.FileFailure;
import org.govreport.dsl.service.Finding;
import org.govreport.dsl.service.ReportFiles;
import org.govreport.dsl.service.findings.CheckRun;
import org.govreport.dsl.service.findings.FindingsFormat;
import org.govreport.dsl.service.findings.FindingsWriters;

import com.google.inject.Inject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code govreport check}: every rule on every report, written in the format asked for. */
@Command(name = "check", description = { "检查报告：语法、表格算术（勾稽关系）和其他规则。",
		"Checks reports: syntax, the tables' arithmetic and the other rules." })
final class CheckCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Inject
	private CheckService checks;

	@Inject
	private FindingsWriters writers;

	@Option(names = "--format", defaultValue = "text", description = "输出格式 output format: ${COMPLETION-CANDIDATES}")
	private FindingsFormat format;

	@Option(names = "--strict", description = "警告也视为错误（退出码 1；已确认忽略的警告除外） treat warnings as errors")
	private boolean strict;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "报告文件或文件夹（递归查找 *.govreport）")
	private List<Path> paths;

	/** One file's outcome: its findings, or why it could not be checked. */
	private record Checked(List<Finding> findings, FileFailure failure) {
	}

	@Override
	public Integer call() {
		List<Path> files = ReportFiles.expand(paths);
		// Files are checked on all cores; the ordered results keep the output exactly as a sequential run's.
		List<Checked> checked = files.parallelStream().map(this::check).toList();
		List<Finding> findings = new ArrayList<>();
		List<FileFailure> failures = new ArrayList<>();
		for (Checked file : checked) {
			if (file.failure() != null) {
				// Say which file and why, and go on with the others: one bad file must not hide the rest.
				spec.commandLine().getErr().println(file.failure().describe());
				failures.add(file.failure());
			} else {
				findings.addAll(file.findings());
			}
		}
		findings.sort(Finding.ORDER);
		CheckRun run = new CheckRun(files.size(), findings, failures);
		writers.of(format).write(run, spec.commandLine().getOut());
		if (!failures.isEmpty()) {
			return ExitCodes.USAGE;
		}
		return run.errors() > 0 || (strict && run.warnings() > 0) ? ExitCodes.FINDINGS : ExitCodes.OK;
	}

	private Checked check(Path file) {
		try {
			return new Checked(checks.check(file), null);
		} catch (FileFailure e) {
			return new Checked(List.of(), e);
		}
	}
}
