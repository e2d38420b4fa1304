package org.govreport.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.govreport.dsl.service.Finding;
import org.govreport.dsl.tests.LoggedErrors;
import org.govreport.dsl.tests.ReportTesting;
import org.junit.jupiter.api.Test;

/**
 * A text that ends in a lone CR (an old Mac line end, which the grammar does not take as one): a problem at
 * its very end is placed and the validation goes on, where Xtext's own line arithmetic failed and the report
 * passed with no finding (found by the long fuzz run).
 */
class TrailingCarriageReturnConverterTest {

	@Test
	void aSyntaxErrorAtTheEndOfATextEndingInACarriageReturnIsReported() {
		String text = "报告 \"某机关\" 年度 2025 格式\r";
		LoggedErrors.failOn(() -> {
			List<Finding> found = ReportTesting.check(text);
			Finding syntax = found.stream().filter(f -> f.code().equals("P1")).findFirst().orElseThrow(() -> new AssertionError(found));
			assertEquals(1, syntax.line(), syntax.toString());
			assertTrue(found.stream().anyMatch(f -> f.code().equals("S1")), "the checks ran after it: " + found);
		});
	}
}
