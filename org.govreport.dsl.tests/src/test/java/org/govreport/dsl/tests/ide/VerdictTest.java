package org.govreport.dsl.tests.ide;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.eclipse.lsp4j.Diagnostic;
import org.govreport.dsl.service.Finding;
import org.govreport.dsl.tests.GeneratedReports;
import org.govreport.dsl.tests.ReportTesting;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The language server's diagnostics say what check says, code by code and severity by severity, over
 * generated reports (a fixed seed, so that a failure can be replayed). check and audit are compared by
 * VerdictProperties.
 */
class VerdictTest extends ReportServerTest {

	private static final int REPORTS = 25;

	@Test
	void theServerFindsWhatCheckFinds() {
		Random random = new Random(20);
		for (int i = 0; i < REPORTS; i++) {
			String text = GeneratedReports.report(random);
			String uri = openReport("r" + i + ".govreport", text);
			Map<String, Integer> server = new TreeMap<>();
			for (Diagnostic d : diagnostics(uri)) {
				server.merge(d.getSeverity().name().toLowerCase(Locale.ROOT) + " " + d.getCode().getLeft(), 1, Integer::sum);
			}
			Map<String, Integer> check = new TreeMap<>();
			for (Finding f : ReportTesting.check(Path.of(URI.create(uri)), text)) {
				check.merge(f.severity() + " " + f.code(), 1, Integer::sum);
			}
			Assertions.assertEquals(check, server, text);
		}
	}
}
