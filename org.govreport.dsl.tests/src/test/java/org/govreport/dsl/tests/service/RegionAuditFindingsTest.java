package org.govreport.dsl.tests.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.govreport.dsl.region.RegionRules;
import org.govreport.dsl.service.AuditService;
import org.govreport.dsl.service.Finding;
import org.govreport.dsl.service.RegionAudit;
import org.govreport.dsl.service.RegionAuditService;
import org.govreport.dsl.tests.Fixture;
import org.govreport.dsl.tests.ReportTesting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A region audit puts each report's findings aside while it reads and gives back exactly those a report's own audit finds. */
class RegionAuditFindingsTest {

	@TempDir
	Path dir;

	@Test
	void eachReportsFindingsComeBackWhole() throws Exception {
		String example = ReportTesting.read(Path.of("..", "examples", "unnamed-town-2025.govreport"));
		List<Path> files = List.of(
				Files.writeString(dir.resolve("a-broken-sum.govreport"), Fixture.consistent().cell("予以公开", 0, "4").text()),
				Files.writeString(dir.resolve("b-acknowledged.govreport"),
						example.replace("\n一、总体情况", "\n# govreport: 忽略 W4 ——本年未收取信息处理费\n一、总体情况")),
				Files.writeString(dir.resolve("c-clean.govreport"), Fixture.consistent().text()),
				Files.writeString(dir.resolve("d.pdf"), "%PDF-1.7\n"),
				Files.writeString(dir.resolve("e-example.govreport"), example));
		List<List<Finding>> alone = files.stream().map(f -> ReportTesting.get(AuditService.class).audit(f).findings()).toList();
		assertTrue(alone.get(0).stream().anyMatch(f -> !f.related().isEmpty()), "a broken sum with its other cells");
		assertTrue(alone.get(1).stream().anyMatch(Finding::isAcknowledged), "an acknowledged warning");

		try (RegionAudit audit = ReportTesting.get(RegionAuditService.class).audit(files, RegionRules.defaults(), (d, of) -> {
		})) {
			for (int i = 0; i < files.size(); i++) {
				assertEquals(alone.get(i), audit.findings(i), files.get(i).toString());
			}
			assertEquals(alone.stream().mapToInt(List::size).sum(), audit.findings().filter(f -> !f.code().startsWith("A")).count());
		}
	}
}
