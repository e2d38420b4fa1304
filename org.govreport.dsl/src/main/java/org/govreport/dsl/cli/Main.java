package org.govreport.dsl.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ServiceLoader;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The govreport command line: one entry point, one sub-command per job. */
@Command(name = "govreport", mixinStandardHelpOptions = true, versionProvider = Version.class,
		description = { "政府信息公开工作年度报告：编写、检查、导出。",
				"Writes, checks and exports government information-disclosure annual reports." },
		subcommands = { CheckCommand.class, FmtCommand.class, ExportCommand.class, ImportCommand.class,
				AuditCommand.class })
public final class Main {

	public static void main(String[] args) {
		System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
				new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
	}

	/** Runs a command line and returns its exit code (0 clean, 1 findings, 2 usage or unreadable file). */
	public static int run(String[] args, PrintWriter out, PrintWriter err) {
		CommandLine cli = new CommandLine(new Main());
		// Sub-commands of other modules (the language server's `lsp`) register themselves as services.
		for (Subcommand extra : ServiceLoader.load(Subcommand.class)) {
			cli.addSubcommand(extra);
		}
		cli.setOut(out);
		cli.setErr(err);
		cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
			if (e instanceof UnreadableFileException unreadable) {
				commandLine.getErr().println(unreadable.describe());
				return ExitCodes.USAGE;
			}
			throw e;
		});
		return cli.execute(args);
	}
}
