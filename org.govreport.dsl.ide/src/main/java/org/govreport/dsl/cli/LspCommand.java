package org.govreport.dsl.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.govreport.dsl.ide.server.GovReportServerLauncher;

import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** {@code govreport lsp}: the language server for editors, on stdin/stdout. */
@Command(name = "lsp",
		description = { "启动语言服务器（LSP，经标准输入输出通信），供 VS Code、Neovim、Eclipse 等编辑器使用。",
				"Starts the language server on stdin/stdout. Options: -log (debug log file), -trace (protocol trace)." })
final class LspCommand implements Callable<Integer> {

	/** Passed on to Xtext's launcher as they are (-log, -trace). */
	@Unmatched
	private List<String> launcherArgs = new ArrayList<>();

	@Override
	public Integer call() {
		GovReportServerLauncher.main(launcherArgs.toArray(String[]::new));
		return 0;
	}
}
