package org.govreport.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.govreport.dsl.service.Finding;
import org.govreport.dsl.tests.Fixture;
import org.junit.jupiter.api.Test;

class ArithmeticValidatorTest {

	private final Fixture consistent = Fixture.consistent();

	@Test
	void consistentTablesHaveNoArithmeticError() {
		for (String code : new String[] { "R1", "R2", "R3", "R4" }) {
			consistent.assertNo(code);
		}
	}

	@Test
	void rowTotalIsReportedOnTheTotalWithItsTerms() {
		// Two cells moved within a column: the column sums hold, two row totals break.
		Fixture f = consistent.cell("予以公开", 0, "4").cell("部分公开", 0, "0");
		Finding granted = f.assertError("R1", f.line("予以公开"), f.column("予以公开", 6));
		assertEquals("予以公开·总计 应为 5（自然人 4 + 商业企业 1），实际为 4", granted.message());
		Finding partial = f.assertError("R1", f.line("部分公开"), f.column("部分公开", 6));
		assertEquals("部分公开·总计 应为 0（各项均为 0），实际为 1", partial.message());
		f.assertNo("R2");
	}

	@Test
	void aSumWithABlankCellIsNotChecked() {
		// A published table's blank is not a 0: the sums it is in are not checked, whatever they add up to.
		consistent.cell("予以公开", 2, "空").cell("总计", 2, "空").assertNo("R1");
		consistent.cell("予以公开", 2, "空").cell("总计", 2, "空").assertNo("R2");
		// A total the organ left blank contradicts nothing; S16 still says the table has blanks.
		Fixture blankTotal = consistent.cell("予以公开", 6, "空");
		blankTotal.assertNo("R1");
		blankTotal.assertNo("R2");
		blankTotal.assertWarning("S16", blankTotal.line("予以公开"), blankTotal.column("予以公开", 6));
		// The sums without a blank are checked as before.
		Fixture wrong = blankTotal.cell("部分公开", 0, "9");
		wrong.assertError("R1", wrong.line("部分公开"), wrong.column("部分公开", 0));
	}

	@Test
	void outcomeTotalIsReportedOnTheTotalRow() {
		// Two cells moved within a row: the row total holds, two column sums break.
		Fixture f = consistent.cell("予以公开", 0, "4").cell("予以公开", 1, "0");
		Finding finding = f.assertError("R2", f.line("总计"), f.column("总计", 0));
		assertEquals("（七）总计·自然人 应为 6（予以公开 4 + 部分公开 1 + 无法提供·不掌握 1），实际为 5", finding.message());
		f.assertError("R2", f.line("总计"), f.column("总计", 1));
		f.assertNo("R1");
	}

	@Test
	void balanceIsReportedOnCarriedForward() {
		Fixture f = consistent.cell("本年新收", 0, "6").cell("本年新收", 1, "0");
		Finding finding = f.assertError("R3", f.line("结转下年"), f.column("结转下年", 0));
		assertEquals("自然人列勾稽关系不成立：本年新收 6 + 上年结转 1 = 7，（七）总计 5 + 结转下年 1 = 6；结转下年·自然人 应为 2，实际为 1",
				finding.message());
	}

	@Test
	void appealTotalIsReportedOnTheTotal() {
		Fixture f = consistent.cell("行政复议", 0, "2");
		Finding finding = f.assertError("R4", f.line("行政复议"), f.column("行政复议", 4));
		assertEquals("行政复议·总计 应为 2（结果维持 2），实际为 1", finding.message());
	}

	@Test
	void oneWrongCellIsReportedOnceOnThatCellNamingEverySumItBreaks() {
		Fixture f = consistent.cell("予以公开", 0, "4");
		Finding finding = f.assertError("R1", f.line("予以公开"), f.column("予以公开", 0));
		assertEquals("予以公开·自然人 应为 3，实际为 4：这一格使 2 处合计不成立——R1 予以公开·总计 4 ≠ 5（自然人 4 + 商业企业 1）；"
				+ "R2 （七）总计·自然人 5 ≠ 6（予以公开 4 + 部分公开 1 + 无法提供·不掌握 1）", finding.message());
		f.assertCount("R1", 1);
		f.assertNo("R2");
		f.assertNo("R3");
	}

	@Test
	void aWrongTotalThatBreaksThreeSumsIsReportedOnce() {
		Fixture f = consistent.cell("总计", 0, "6");
		Finding finding = f.assertError("R1", f.line("总计"), f.column("总计", 0));
		assertEquals(true, finding.message().startsWith("（七）总计·自然人 应为 5，实际为 6：这一格使 3 处合计不成立"),
				finding::message);
		assertEquals(1, f.check().stream().filter(Finding::isError).count());
	}
}
