package org.govreport.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.govreport.dsl.tests.Fixture;
import org.junit.jupiter.api.Test;

class CarryOverValidatorTest {

	private final Fixture consistent = Fixture.consistent();

	@Test
	void consistentYearsHaveNoCarryOverFinding() {
		for (String code : new String[] { "R6", "W2", "W5", "S14", "P2" }) {
			consistent.assertNo(code);
		}
	}

	@Test
	void carriedOverMustEqualLastYearsCarriedForward() {
		Fixture f = consistent.cell("上年结转", 0, "2");
		assertEquals("上年结转·自然人 应为 1（上年报告 结转下年·自然人），实际为 2",
				f.assertError("R6", f.line("上年结转"), f.column("上年结转", 0)).message());
	}

	@Test
	void lastYearsReportMustBeLastYears() {
		Fixture f = consistent.replace("年度 2025", "年度 2026");
		assertEquals("上年报告的年度为 2024，应为 2025（本报告为 2026 年度）",
				f.assertError("S14", 4, f.columnOf("\"../2024")).message());
		f.assertNo("R6");
	}

	@Test
	void missingLastYearsFileIsALinkError() {
		Fixture f = consistent.replace("../2024/东温泉镇.govreport", "../2023/东温泉镇.govreport");
		f.assertError("P2", 4, f.columnOf("\"../2023"));
	}

	@Test
	void stockOfNormativeDocuments() {
		Fixture f = consistent.cell("行政规范性文件", 2, "6");
		assertEquals("行政规范性文件·现行有效件数 为 6，按上年 4 + 本年本年制发件数 2 − 本年本年废止件数 1 应为 5（清理文件等情况可不同，请核实）",
				f.assertWarning("W2", f.line("行政规范性文件"), f.column("行政规范性文件", 2)).message());
	}

	@Test
	void problemsCopiedFromLastYear() {
		Fixture f = consistent.replace("一是公开内容不够全面，二是解读形式单一。下一步将加强培训。", "主要问题是公开的及时性不足。改进措施是建立台账。");
		f.assertWarning("W5", f.lineOf("五、"), f.columnOf("「主要问题"));
	}

	@Test
	void tableCopiedFromLastYear() {
		// Last year's table 2 differs from this year's only in the row of normative documents (1 0 4).
		Fixture copied = consistent.cell("行政规范性文件", 0, "1").cell("行政规范性文件", 1, "0").cell("行政规范性文件", 2, "4");
		assertEquals("表格与上年报告完全相同：请核实是否照搬了上年数据（通知要求避免年年雷同）",
				copied.assertWarning("W5", copied.lineOf("二、"), copied.columnOf("{\n  信息内容")).message());
	}
}
