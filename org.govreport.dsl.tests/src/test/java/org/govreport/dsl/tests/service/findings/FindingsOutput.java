package org.govreport.dsl.tests.service.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.govreport.dsl.tests.CliRun;

/**
 * The reports the output formats are shown on (a broken sum, an acknowledged warning, a file that is not UTF-8,
 * under src/test/resources/findings/), {@code check --format X} run on them, and the golden files the outputs
 * are compared with. After a deliberate change: {@code -Dgolden.update=true}, then review the diff.
 */
final class FindingsOutput {

	static final Path REPORTS = Path.of("src/test/resources/findings");
	static final Path BROKEN = REPORTS.resolve("broken.govreport");
	static final Path ACKNOWLEDGED = REPORTS.resolve("acknowledged.govreport");

	private static final Path GOLDEN = Path.of("src/test/resources/golden/findings");
	private static final boolean UPDATE = Boolean.getBoolean("golden.update");

	private FindingsOutput() {
	}

	/** {@code check --format FORMAT} on the three reports: exit 2 (one file cannot be read), and the output. */
	static String check(String format) {
		CliRun run = CliRun.of("check", "--format", format, REPORTS.toString());
		assertEquals(2, run.exitCode(), run.err());
		return run.out();
	}

	static void assertGolden(String name, String actual) {
		Path golden = GOLDEN.resolve(name);
		try {
			if (UPDATE) {
				Files.createDirectories(GOLDEN);
				Files.writeString(golden, actual, StandardCharsets.UTF_8);
			}
			assertTrue(Files.exists(golden), () -> golden + " is missing: run with -Dgolden.update=true and review it");
			assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual,
					() -> golden + " differs: if the change is meant, regenerate with -Dgolden.update=true and review the diff");
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
