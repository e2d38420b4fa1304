package org.govreport.dsl.tests.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.govreport.dsl.service.AuditService;
import org.govreport.dsl.service.AuditedReport;
import org.govreport.dsl.tests.ReportTesting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One report's line of an audit: what it counts as errors and warnings. */
class AuditServiceTest {

	private static final Path EXAMPLE = Path.of("..", "examples", "unnamed-town-2025.govreport");

	@TempDir
	Path folder;

	@Test
	void anAcknowledgedWarningIsListedByCodeButNotCountedAsAWarning() throws Exception {
		String text = ReportTesting.read(EXAMPLE);
		AuditedReport plain = audit("plain.govreport", text).report();
		AuditService.Audited acknowledged = audit("acknowledged.govreport",
				text.replace("\n一、总体情况", "\n# govreport: 忽略 W4 ——本年未收取信息处理费，已在正文中说明\n一、总体情况"));

		assertEquals(1, plain.warnings());
		assertEquals(0, acknowledged.report().warnings(), acknowledged.findings().toString());
		assertEquals(0, acknowledged.report().errors());
		assertEquals(Map.of("W4", 1), acknowledged.report().codes());
		assertEquals("W4", acknowledged.findings().get(0).code());
		assertEquals("本年未收取信息处理费，已在正文中说明", acknowledged.findings().get(0).acknowledged());
	}

	private AuditService.Audited audit(String name, String text) throws Exception {
		Path file = folder.resolve(name);
		Files.writeString(file, text);
		return ReportTesting.get(AuditService.class).audit(file);
	}
}
