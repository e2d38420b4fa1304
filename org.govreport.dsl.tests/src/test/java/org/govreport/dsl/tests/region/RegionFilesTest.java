package org.govreport.dsl.tests.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import org.govreport.dsl.region.Deadlines;
import org.govreport.dsl.region.Lateness;
import org.govreport.dsl.region.NameMapping;
import org.govreport.dsl.region.OrganNames;
import org.govreport.dsl.region.RegionFileException;
import org.govreport.dsl.region.Roster;
import org.junit.jupiter.api.Test;

/** The roster, name mapping and deadline files: what they say, and where a malformed line is. */
class RegionFilesTest {

	private static final Path FILE = Path.of("x.csv");

	@Test
	void aRosterListsOrgansByKeyWithTheirLines() {
		Roster roster = Roster.parse(FILE, "机关,层级,上级机关\n# 注释\n甲镇人民政府,乡镇,某县人民政府\n\n\"乙局,分局\",县级部门,某县人民政府\n");
		Roster.Entry a = roster.entries(OrganNames.key("甲镇")).get(0);
		assertEquals(3, a.line());
		assertEquals("乡镇", a.level());
		assertEquals("乙局,分局", roster.entries(OrganNames.key("乙局,分局")).get(0).organ());
	}

	@Test
	void aMalformedRosterLineIsReportedAtItsLineAndColumn() {
		RegionFileException e = assertThrows(RegionFileException.class,
				() -> Roster.parse(FILE, "甲镇人民政府,乡镇,某县\n乙镇人民政府,乡镇\n"));
		assertEquals("x.csv:2:8: error: 名册每行应有 3 列：机关,层级,上级机关（本行有 2 列） [F7]", e.describe());
		RegionFileException quote = assertThrows(RegionFileException.class, () -> Roster.parse(FILE, "甲镇,乡镇,\"某县\n"));
		assertTrue(quote.describe().startsWith("x.csv:1:7: error: 引号未闭合"), quote.describe());
		RegionFileException empty = assertThrows(RegionFileException.class, () -> Roster.parse(FILE, ",乡镇,某县\n"));
		assertTrue(empty.describe().startsWith("x.csv:1:1: error: 机关名称为空"), empty.describe());
	}

	@Test
	void aMappingFollowsRenamesAndRefusesAnOldNameMappedTwice() {
		NameMapping names = NameMapping.parse(FILE, "旧名称,新名称\n农业局,农业农村局\n农业农村局,农业农村委员会\n");
		assertEquals(OrganNames.key("农业农村委员会"), names.keyOf("农业局"));
		assertEquals(OrganNames.key("教育局"), names.keyOf("教育局"));
		RegionFileException twice = assertThrows(RegionFileException.class, () -> NameMapping.parse(FILE, "甲,乙\n甲,丙\n"));
		assertTrue(twice.describe().startsWith("x.csv:2:3: error:"), twice.describe());
		assertThrows(RegionFileException.class, () -> NameMapping.parse(FILE, "甲,乙\n乙,甲\n"));
	}

	@Test
	void theDeadlineIsJanuary31stUnlessTheOrganItsOfficeOrItsLevelHasAnother() {
		Roster.Entry town = new Roster.Entry("甲镇人民政府", "乡镇", "某县人民政府", 1);
		assertEquals(LocalDate.of(2026, 1, 31), Deadlines.regulation().deadline(2025, "甲镇人民政府", town));
		Deadlines deadlines = Deadlines.parse(FILE, "适用范围,截止日期\n默认,02-10\n乡镇,02-15\n某县人民政府,02-20\n甲镇人民政府,02-25\n");
		assertEquals(LocalDate.of(2026, 2, 25), deadlines.deadline(2025, "甲镇人民政府", town));
		assertEquals(LocalDate.of(2026, 2, 20), deadlines.deadline(2025, "乙镇人民政府", new Roster.Entry("乙镇人民政府", "乡镇", "某县人民政府", 2)));
		assertEquals(LocalDate.of(2026, 2, 15), deadlines.deadline(2025, "丙镇人民政府", new Roster.Entry("丙镇人民政府", "乡镇", "另县", 3)));
		assertEquals(LocalDate.of(2026, 2, 10), deadlines.deadline(2025, "某局", null));
		RegionFileException bad = assertThrows(RegionFileException.class, () -> Deadlines.parse(FILE, "乡镇,2月15日\n"));
		assertTrue(bad.describe().startsWith("x.csv:1:4: error: 截止日期"), bad.describe());
		assertThrows(RegionFileException.class, () -> Deadlines.parse(FILE, "乡镇,02-30\n"));
	}

	@Test
	void aReportWithoutARealDateIsNeverOnTime() {
		LocalDate deadline = LocalDate.of(2026, 1, 31);
		assertEquals(Lateness.UNKNOWN, Deadlines.lateness(Deadlines.published(null), deadline));
		assertEquals(Lateness.UNKNOWN, Deadlines.lateness(Deadlines.published("2026-02-30"), deadline));
		assertEquals(Lateness.ON_TIME, Deadlines.lateness(Deadlines.published("2026-01-31"), deadline));
		assertEquals(Lateness.LATE, Deadlines.lateness(Optional.of(LocalDate.of(2026, 2, 1)), deadline));
	}
}
