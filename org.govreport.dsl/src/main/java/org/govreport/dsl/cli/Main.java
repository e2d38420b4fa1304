package org.govreport.dsl.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Supplier;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The govreport command line: one entry point, one sub-command per job. */
@Command(name = "govreport", mixinStandardHelpOptions = true, versionProvider = Version.class,
		description = { "政府信息公开工作年度报告：编写、检查、导出。",
				"Writes, checks and exports government information-disclosure annual reports." })
public final class Main {

	/**
	 * The built-in sub-commands by name, in the order help lists them. Each is created only when needed:
	 * a command's class pulls in its libraries (POI, jsoup, …), which {@code check} should not load.
	 */
	private static final Map<String, Supplier<Object>> COMMANDS = new LinkedHashMap<>();
	static {
		COMMANDS.put("check", CheckCommand::new);
		COMMANDS.put("fmt", FmtCommand::new);
		COMMANDS.put("export", ExportCommand::new);
		COMMANDS.put("import", ImportCommand::new);
		COMMANDS.put("audit", AuditCommand::new);
	}

	public static void main(String[] args) {
		ProcessSetup.apply();
		System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
				new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
	}

	/** Runs a command line and returns its exit code (0 clean, 1 findings, 2 usage or unreadable file). */
	public static int run(String[] args, PrintWriter out, PrintWriter err) {
		if (args.length > 0 && COMMANDS.containsKey(args[0])) {
			// Every built-in command reads reports: the language is set up on other cores while the
			// command line is parsed.
			ReportLoader.prepareInBackground();
		}
		CommandLine cli = new CommandLine(new Main());
		register(cli, args.length == 0 ? null : args[0]);
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

	/**
	 * Registers the sub-command a built-in name asks for, none for {@code --version}, and every one
	 * otherwise (help, usage errors and other modules' commands list or need them all).
	 */
	private static void register(CommandLine cli, String first) {
		if ("-V".equals(first) || "--version".equals(first)) {
			return;
		}
		Supplier<Object> named = COMMANDS.get(first);
		if (named != null) {
			cli.addSubcommand(named.get());
			return;
		}
		COMMANDS.values().forEach(command -> cli.addSubcommand(command.get()));
		// Sub-commands of other modules (the language server's `lsp`) register themselves as services.
		for (Subcommand extra : ServiceLoader.load(Subcommand.class)) {
			cli.addSubcommand(extra);
		}
	}
}
