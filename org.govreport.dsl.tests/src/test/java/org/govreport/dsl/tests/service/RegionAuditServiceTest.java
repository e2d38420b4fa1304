package org.govreport.dsl.tests.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.govreport.dsl.region.Lateness;
import org.govreport.dsl.region.RegionFinding;
import org.govreport.dsl.region.RegionRules;
import org.govreport.dsl.region.ReportVerdict;
import org.govreport.dsl.service.AuditService;
import org.govreport.dsl.service.AuditedReport;
import org.govreport.dsl.service.RegionAudit;
import org.govreport.dsl.service.RegionAuditService;
import org.govreport.dsl.service.RegionRulesFiles;
import org.govreport.dsl.tests.ReportTesting;
import org.govreport.dsl.tests.region.GeneratedRegion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A generated county over three years with one of each planted fault: each is found once, nothing else. */
class RegionAuditServiceTest {

	@TempDir
	static Path dir;

	private static GeneratedRegion.Region region;
	private static RegionAudit audit;

	@BeforeAll
	static void audit() throws IOException {
		region = GeneratedRegion.write(dir);
		RegionRules rules = ReportTesting.get(RegionRulesFiles.class).read(region.roster(), region.names(), null,
				RegionRules.DEFAULT_COPIED_SHARE);
		List<Path> files = ReportTesting.get(AuditService.class).files(List.of(region.reports()));
		audit = ReportTesting.get(RegionAuditService.class).audit(files, rules, (done, of) -> {
		});
	}

	@AfterAll
	static void close() {
		audit.close();
	}

	@Test
	void everyReportIsReadAndCleanOnItsOwn() {
		assertEquals(GeneratedRegion.YEARS.length * 10 - 1, audit.reports().size());
		for (int i = 0; i < audit.reports().size(); i++) {
			AuditedReport r = audit.reports().get(i);
			assertNull(r.failure(), r.path());
			assertEquals(List.of(), audit.findings(i), r.path());
		}
	}

	@Test
	void eachPlantedFaultIsFoundOnceAndNothingElse() {
		Map<String, List<String>> found = audit.acrossFindings()
				.collect(Collectors.groupingBy(RegionFinding::code, Collectors.mapping(f -> f.organ() + " " + f.year(), Collectors.toList())));
		assertEquals(Map.of(
				"R6", List.of(GeneratedRegion.WRONG_CARRY_OVER + " 2025", GeneratedRegion.WRONG_CARRY_OVER + " 2025"),
				RegionFinding.MISSING, List.of(GeneratedRegion.MISSING + " 2024"),
				RegionFinding.LATE, List.of(GeneratedRegion.LATE + " 2024"),
				RegionFinding.COPIED_FROM_LAST_YEAR, List.of(GeneratedRegion.COPIED + " 2025"),
				RegionFinding.SAME_AS_ANOTHER_ORGAN, List.of(GeneratedRegion.NEIGHBOUR_A + " 2023"),
				RegionFinding.AMBIGUOUS, List.of(GeneratedRegion.AMBIGUOUS + " 0")), found);
	}

	@Test
	void theWrongCarryOverIsOnTheCellsOfTheLaterReport() {
		List<RegionFinding> r6 = audit.acrossFindings().filter(f -> f.code().equals("R6")).toList();
		assertTrue(r6.stream().allMatch(f -> f.path().contains("2025") && f.line() > 1 && f.isError()), r6.toString());
		assertTrue(r6.get(0).message().contains("应为 1") && r6.get(0).message().contains("实际为 2"), r6.get(0).message());
	}

	@Test
	void theRenamedOrganIsPairedThroughTheMapping() {
		ReportVerdict renamed = verdict(GeneratedRegion.RENAMED_NEW, 2024);
		assertNotNull(renamed.lastYear());
		assertTrue(renamed.lastYear().contains(GeneratedRegion.RENAMED_OLD), renamed.lastYear());
	}

	@Test
	void reportsInDifferentFormatsArePairedAndTheirChangeOfRequestsComputed() {
		ReportVerdict v = verdict(GeneratedRegion.COPIED, 2024);
		assertTrue(v.lastYear() != null && !extension(v.lastYear()).equals(extension(path(GeneratedRegion.COPIED, 2024))));
		assertEquals(0, v.requestsChange().signum());
	}

	@Test
	void theNeighboursAndLastYearsTextAreMeasured() {
		assertTrue(verdict(GeneratedRegion.COPIED, 2025).sharedWithLastYear().values().stream().allMatch(s -> s >= 0.9));
		assertTrue(verdict(GeneratedRegion.CLEAN_TOWN, 2025).sharedWithLastYear().values().stream().allMatch(s -> s < 0.5));
	}

	@Test
	void lateAndOnTimeAreTold() {
		assertEquals(Lateness.LATE, verdict(GeneratedRegion.LATE, 2024).lateness());
		assertEquals(Lateness.ON_TIME, verdict(GeneratedRegion.LATE, 2025).lateness());
	}

	private static ReportVerdict verdict(String organ, int year) {
		for (int i = 0; i < audit.reports().size(); i++) {
			AuditedReport r = audit.reports().get(i);
			if (r.organ().equals(organ) && r.year() == year) {
				return audit.verdict(i);
			}
		}
		throw new AssertionError("no report of " + organ + " " + year);
	}

	private static String path(String organ, int year) {
		return audit.reports().stream().filter(r -> r.organ().equals(organ) && r.year() == year).findFirst().orElseThrow().path();
	}

	private static String extension(String path) {
		return path.substring(path.lastIndexOf('.'));
	}
}
