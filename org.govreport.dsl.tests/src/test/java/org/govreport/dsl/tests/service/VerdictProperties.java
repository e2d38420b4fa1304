package org.govreport.dsl.tests.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.govreport.dsl.service.AuditService;
import org.govreport.dsl.service.AuditedReport;
import org.govreport.dsl.tests.CliRun;
import org.govreport.dsl.tests.GeneratedReports;
import org.govreport.dsl.tests.ReportTesting;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** check and audit give one verdict on a report: the same number of errors and warnings. */
class VerdictProperties {

	@Property(tries = 50)
	void checkAndAuditAgree(@ForAll("reports") String text) throws IOException {
		Path dir = Files.createTempDirectory("verdict");
		try {
			Path file = Files.writeString(dir.resolve("r.govreport"), text);
			CliRun check = CliRun.of("check", "--format", "json", file.toString());
			long errors = check.out().split("\"severity\": \"error\"", -1).length - 1;
			long warnings = check.out().split("\"severity\": \"warning\"", -1).length - 1;
			AuditedReport audited = ReportTesting.get(AuditService.class).audit(file).report();
			assertEquals(errors, audited.errors(), check.out());
			assertEquals(warnings, audited.warnings(), check.out());
			assertEquals(errors > 0 ? 1 : 0, check.exitCode());
		} finally {
			try (var files = Files.list(dir)) {
				for (Path f : files.toList()) {
					Files.delete(f);
				}
			}
			Files.delete(dir);
		}
	}

	@Provide
	Arbitrary<String> reports() {
		return GeneratedReports.reports();
	}
}
