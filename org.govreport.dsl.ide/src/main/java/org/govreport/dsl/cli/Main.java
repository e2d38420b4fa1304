package org.govreport.dsl.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.govreport.dsl.service.FileFailure;
import org.govreport.dsl.startup.ProcessSetup;
import org.govreport.dsl.startup.Startup;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.RunLast;
import picocli.CommandLine.ScopeType;

/**
 * The govreport command line: one entry point, one sub-command per job. Commands parse their arguments and
 * call the services, which Guice injects into them once the language is set up.
 */
@Command(name = "govreport", versionProvider = Version.class,
		description = { "政府信息公开工作年度报告：编写、检查、导出。",
				"Writes, checks and exports government information-disclosure annual reports." })
public final class Main {

	// Declared here rather than with picocli's mixinStandardHelpOptions, whose mixin is built by reflection on
	// every start; inherited, so that every sub-command also answers --help.
	@Option(names = { "-h", "--help" }, usageHelp = true, scope = ScopeType.INHERIT,
			description = "显示帮助后退出 Show this help message and exit.")
	private boolean help;

	@Option(names = { "-V", "--version" }, versionHelp = true, scope = ScopeType.INHERIT,
			description = "显示版本后退出 Print version information and exit.")
	private boolean version;

	/**
	 * The sub-commands by name, in the order help lists them. Each is created (by picocli) only when needed: a
	 * command's class pulls in its libraries (POI, jsoup, …), which {@code check} should not load.
	 */
	private static final Map<String, Class<?>> COMMANDS = new LinkedHashMap<>();
	static {
		COMMANDS.put("check", CheckCommand.class);
		COMMANDS.put("fmt", FmtCommand.class);
		COMMANDS.put("export", ExportCommand.class);
		COMMANDS.put("import", ImportCommand.class);
		COMMANDS.put("audit", AuditCommand.class);
		COMMANDS.put("diff", DiffCommand.class);
		COMMANDS.put("git-setup", GitSetupCommand.class);
		COMMANDS.put("pre-commit", PreCommitCommand.class);
		COMMANDS.put("rollup", RollupCommand.class);
		COMMANDS.put("notice", NoticeCommand.class);
		COMMANDS.put("overview", OverviewCommand.class);
		COMMANDS.put("lsp", LspCommand.class);
		COMMANDS.put("git-driver", GitDriverCommand.class);
	}

	/** The language server sets itself up (it runs long, with the IDE's bindings); the others share one start-up. */
	private static final String SERVER = "lsp";

	private static Startup startup;

	public static void main(String[] args) {
		prepareFor(args);
		System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
				new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
	}

	/** Runs a command line and returns its exit code (0 clean, 1 findings, 2 usage or unreadable file). */
	public static int run(String[] args, PrintWriter out, PrintWriter err) {
		prepareFor(args);
		CommandLine cli = new CommandLine(new Main());
		register(cli, args.length == 0 ? null : args[0]);
		cli.setOut(out);
		cli.setErr(err);
		cli.setExecutionStrategy(Main::execute);
		cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
			if (e instanceof FileFailure failure) {
				commandLine.getErr().println(failure.describe());
				return ExitCodes.USAGE;
			}
			// A defect of the tool outside any one file: its name to report, no stack trace.
			commandLine.getErr().println("govreport: error: 内部错误（" + e.getClass().getSimpleName() + "），请报告此问题");
			return ExitCodes.USAGE;
		});
		return cli.execute(args);
	}

	/** The command's services are injected just before it runs, once the language is ready. */
	private static int execute(ParseResult parsed) {
		ParseResult sub = parsed.subcommand();
		if (sub != null && !sub.isUsageHelpRequested() && !sub.isVersionHelpRequested()
				&& !SERVER.equals(sub.commandSpec().name())) {
			startup().injector().injectMembers(sub.commandSpec().userObject());
		}
		return new RunLast().execute(parsed);
	}

	/** A command that reads reports has the language set up on other cores while its command line is parsed. */
	private static void prepareFor(String[] args) {
		if (args.length > 0 && COMMANDS.containsKey(args[0]) && !SERVER.equals(args[0])) {
			startup();
		} else {
			ProcessSetup.apply();
		}
	}

	private static synchronized Startup startup() {
		if (startup == null) {
			startup = Startup.begin();
		}
		return startup;
	}

	/** Registers the sub-command a name asks for, none for {@code --version}, and every one otherwise (help and usage errors list them all). */
	private static void register(CommandLine cli, String first) {
		if ("-V".equals(first) || "--version".equals(first)) {
			return;
		}
		Class<?> named = COMMANDS.get(first);
		if (named != null) {
			cli.addSubcommand(named);
			return;
		}
		COMMANDS.values().forEach(cli::addSubcommand);
	}
}
