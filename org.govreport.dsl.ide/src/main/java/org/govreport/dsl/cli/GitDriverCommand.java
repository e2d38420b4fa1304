package org.govreport.dsl.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.govreport.dsl.gitdriver.DriverDaemon;

import com.google.inject.Inject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code govreport git-driver STATE}: the launcher starts it to answer the Git driver's calls in one process. */
@Command(name = "git-driver", hidden = true,
		description = "在后台应答 git 的 diff 驱动调用（由 govreport 启动脚本自动启动）")
final class GitDriverCommand implements Callable<Integer> {

	@Inject
	private DriverDaemon daemon;

	@Option(names = "--idle", defaultValue = "600", description = "无请求多少秒后退出")
	private int idleSeconds;

	@Parameters(paramLabel = "STATE", description = "写入端口和口令的状态文件")
	private Path stateFile;

	@Override
	public Integer call() throws IOException {
		daemon.serve(stateFile, Duration.ofSeconds(idleSeconds), DriverDaemon.REQUEST_TIMEOUT);
		return ExitCodes.OK;
	}
}
