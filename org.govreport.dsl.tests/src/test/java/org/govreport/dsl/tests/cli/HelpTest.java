package org.govreport.dsl.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.govreport.dsl.tests.CliRun;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every sub-command answers --help and -h with its own usage, without the arguments it otherwise needs. */
class HelpTest {

	@ParameterizedTest
	@ValueSource(strings = { "check", "fmt", "export", "import", "audit", "diff", "git-setup", "pre-commit", "lsp" })
	void everySubcommandHasHelp(String command) {
		for (String option : new String[] { "--help", "-h" }) {
			CliRun run = CliRun.of(command, option);
			assertEquals(0, run.exitCode(), run.err());
			assertTrue(run.out().startsWith("Usage: govreport " + command), run.out());
			assertTrue(run.out().contains("-h, --help"), run.out());
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "--version", "-V" })
	void versionNamesTheProgram(String option) {
		CliRun run = CliRun.of(option);
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.out().startsWith("govreport "), run.out());
	}
}
