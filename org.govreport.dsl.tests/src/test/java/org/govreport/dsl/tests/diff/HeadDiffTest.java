package org.govreport.dsl.tests.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.govreport.dsl.diff.HeadChange;
import org.govreport.dsl.diff.ReportDiff;
import org.govreport.dsl.tests.Fixture;
import org.junit.jupiter.api.Test;

/** Organ, year, format, publishing date and last year's report. */
class HeadDiffTest {

	private static final Fixture BASE = Fixture.consistent();

	@Test
	void everyFieldOfTheHeadIsCompared() {
		Fixture changed = BASE.replace("东温泉镇人民政府\" 年度 2025", "东温泉镇政府\" 年度 2026")
				.replace("发布日期 2026-01-20", "发布日期 2027-01-18").replace("../2024/东温泉镇", "../2025/东温泉镇");
		assertEquals(List.of(new HeadChange("报告", "重庆市巴南区东温泉镇人民政府", "重庆市巴南区东温泉镇政府"),
				new HeadChange("年度", "2025", "2026"), new HeadChange("发布日期", "2026-01-20", "2027-01-18"),
				new HeadChange("上年报告", "../2024/东温泉镇.govreport", "../2025/东温泉镇.govreport")),
				DiffPairs.diff(BASE, changed).head());
	}

	@Test
	void aFieldLeftOutIsNull() {
		List<HeadChange> head = DiffPairs.diff(BASE, BASE.replace("发布日期 2026-01-20\n", "")).head();
		assertEquals(List.of(new HeadChange("发布日期", "2026-01-20", null)), head);
	}

	@Test
	void anotherFormatIsSaidAndTheSharedCellsAreCompared() {
		ReportDiff diff = DiffPairs.diff(BASE, BASE.replace("格式 2021", "格式 2019"));
		assertEquals(List.of(new HeadChange("格式", "2021", "2019")), diff.head());
		assertTrue(diff.notes().stream().anyMatch(n -> n.contains("格式不同") && n.contains("共有的单元格")), diff.notes()::toString);
	}
}
