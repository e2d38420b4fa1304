package org.govreport.dsl.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.govreport.dsl.service.Finding;
import org.govreport.dsl.service.PreCommitService;
import org.govreport.dsl.service.PreCommitService.Verdict;

import com.google.inject.Inject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code govreport pre-commit}: what the hook of git-setup runs — fmt --check and check on the staged reports. */
@Command(name = "pre-commit", description = { "检查 Git 暂存区中改动的报告（提交时的内容）：格式规范且没有错误。",
		"Checks the staged reports as they will be committed (fmt --check and check); the git-setup hook runs it." })
final class PreCommitCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Inject
	private PreCommitService preCommit;

	@Option(names = "--strict", description = "警告也视为错误 treat warnings as errors")
	private boolean strict;

	@Override
	public Integer call() {
		var out = spec.commandLine().getOut();
		var err = spec.commandLine().getErr();
		List<Verdict> verdicts = preCommit.check(Path.of("").toAbsolutePath());
		int result = ExitCodes.OK;
		for (Verdict v : verdicts) {
			if (v.failure() != null) {
				err.println(v.failure().describe());
				result = ExitCodes.USAGE;
				continue;
			}
			v.findings().forEach(f -> out.println(f.toLine()));
			boolean failed = v.findings().stream().anyMatch(f -> f.isError() || strict && f.isWarning());
			if (!v.canonical()) {
				out.println(v.path() + ": 格式不规范（运行 govreport fmt " + v.path() + " 后再 git add）");
			}
			if (failed || !v.canonical()) {
				result = Math.max(result, ExitCodes.FINDINGS);
			}
		}
		if (result != ExitCodes.OK) {
			err.println("govreport: 暂存的报告未通过检查，提交已取消（改正后 git add 再提交；确需跳过可用 git commit --no-verify）");
		}
		return result;
	}
}
