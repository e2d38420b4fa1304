package org.govreport.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.govreport.dsl.tests.Fixture;
import org.junit.jupiter.api.Test;

class DomainValidatorTest {

	private final Fixture consistent = Fixture.consistent();

	@Test
	void wholeNumbersAndAFeeWithSixDecimalsAreValid() {
		consistent.cell("行政事业性收费", 0, "24252.311082").assertNo("R5");
	}

	@Test
	void aCountMustNotBeNegative() {
		Fixture f = consistent.cell("行政许可", 0, "-3");
		assertEquals("行政许可·本年处理决定数量 应为不小于 0 的整数，实际为 -3",
				f.assertError("R5", f.line("行政许可"), f.column("行政许可", 0)).message());
	}

	@Test
	void aCountMustBeWhole() {
		Fixture f = consistent.cell("行政处罚", 0, "1.5");
		assertEquals("行政处罚·本年处理决定数量 应为不小于 0 的整数，实际为 1.5",
				f.assertError("R5", f.line("行政处罚"), f.column("行政处罚", 0)).message());
	}

	@Test
	void theFeeHasAtMostSixDecimals() {
		Fixture f = consistent.cell("行政事业性收费", 0, "0.1234567");
		assertEquals("行政事业性收费·本年收费金额（万元） 最多保留 6 位小数，实际为 0.1234567",
				f.assertError("R5", f.line("行政事业性收费"), f.column("行政事业性收费", 0)).message());
	}

	@Test
	void theFeeMustNotBeNegative() {
		Fixture f = consistent.cell("行政事业性收费", 0, "-0.25");
		assertEquals("行政事业性收费·本年收费金额（万元） 不能为负数，实际为 -0.25",
				f.assertError("R5", f.line("行政事业性收费"), f.column("行政事业性收费", 0)).message());
	}

	@Test
	void aBlankCellIsAZeroNotADomainError() {
		consistent.cell("予以公开", 2, "空").cell("行政事业性收费", 0, "空").assertNo("R5");
	}

	@Test
	void anUnknownCellIsAnError() {
		Fixture f = consistent.cell("予以公开", 2, "?");
		assertEquals("予以公开·科研机构 的数值未知（?）：发布前请填写实际数字，没有的填 0",
				f.assertError("R5", f.line("予以公开"), f.column("予以公开", 2)).message());
		// The sums it takes part in cannot be checked, and are not reported.
		f.assertNo("R1");
		f.assertNo("R2");
	}
}
