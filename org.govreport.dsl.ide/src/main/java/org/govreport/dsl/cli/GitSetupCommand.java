package org.govreport.dsl.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.govreport.dsl.service.git.GitSetupService;

import com.google.inject.Inject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code govreport git-setup}: git diff shows the semantic diff of reports, and a hook checks staged reports. */
@Command(name = "git-setup", description = { "设置当前 Git 仓库：git diff / log -p / show 显示报告的语义差异，提交前检查暂存的报告。",
		"Sets up this Git repository: semantic diffs of *.govreport and a pre-commit hook. Idempotent." })
final class GitSetupCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Inject
	private GitSetupService setup;

	@Option(names = "--remove", description = "删除 git-setup 写入的全部设置（不动别人写的钩子） undo")
	private boolean remove;

	@Option(names = "--no-hook", description = "不安装 pre-commit 钩子 no pre-commit hook")
	private boolean noHook;

	@Option(names = "--command", paramLabel = "CMD",
			description = "驱动和钩子启动 govreport 的命令（默认：启动本程序的方式，如 ./govreport 或 java -jar govreport.jar）")
	private String command;

	@Override
	public Integer call() {
		Path here = Path.of("").toAbsolutePath();
		GitSetupService.Outcome outcome = remove ? setup.remove(here)
				: command != null ? setup.install(here, command, null, !noHook)
						: setup.install(here, SelfCommand.get(), SelfCommand.driver(), !noHook);
		outcome.done().forEach(spec.commandLine().getOut()::println);
		if (outcome.refusal() != null) {
			spec.commandLine().getErr().println("govreport git-setup: error: " + outcome.refusal());
			return ExitCodes.USAGE;
		}
		return ExitCodes.OK;
	}
}
