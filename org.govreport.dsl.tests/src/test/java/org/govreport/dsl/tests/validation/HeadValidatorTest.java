package org.govreport.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.govreport.dsl.tests.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The first lines: an organ is named (S17), 发布日期 is a real day (S18) after the reported year (S19). */
class HeadValidatorTest {

	private final Fixture consistent = Fixture.consistent();

	@Test
	void theConsistentReportHasNoHeadFinding() {
		assertTrue(consistent.check().stream().noneMatch(f -> f.code().matches("S1[7-9]")), consistent.check().toString());
	}

	@Test
	void anEmptyOrganIsAnError() {
		Fixture f = consistent.replace("\"重庆市巴南区东温泉镇人民政府\"", "\"\"");
		assertTrue(f.assertError("S17", 2, 4).message().contains("机关名称为空"));
	}

	@Test
	void anOrganOfSpacesIsAnError() {
		consistent.replace("\"重庆市巴南区东温泉镇人民政府\"", "\"  \"").assertError("S17", 2, 4);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-13-01", "2026-02-30", "2026-00-10", "2026-04-31", "2025-02-29", "2026.5-01-01" })
	void anImpossibleDateIsAnError(String date) {
		Fixture f = consistent.replace("发布日期 2026-01-20", "发布日期 " + date);
		assertTrue(f.assertError("S18", 3, 6).message().contains(date));
	}

	@Test
	void aLeapDayIsADate() {
		Fixture f = consistent.replace("发布日期 2026-01-20", "发布日期 2028-02-29");
		assertTrue(f.check().stream().noneMatch(x -> x.code().equals("S18")), f.check().toString());
	}

	@Test
	void aDateBeforeTheYearEndsIsAnError() {
		Fixture f = consistent.replace("发布日期 2026-01-20", "发布日期 2025-12-31");
		assertEquals("发布日期 2025-12-31 早于 2025 年度结束：年度报告在次年（2026 年）发布",
				f.assertError("S19", 3, 6).message());
	}
}
