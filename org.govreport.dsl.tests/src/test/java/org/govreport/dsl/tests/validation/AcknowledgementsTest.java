package org.govreport.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.govreport.dsl.service.Finding;
import org.govreport.dsl.tests.Fixture;
import org.junit.jupiter.api.Test;

/**
 * Acknowledged warnings ({@code # govreport: 忽略 W2 ——理由}): which warnings a comment covers (the row or
 * section it precedes, the whole report from the head, its own line when it trails), and the warnings about
 * acknowledgements themselves (I1 matching nothing or an error, I2 without a reason).
 */
class AcknowledgementsTest {

	/** W4 on the heading of 六 (no statement of the fee). */
	private static final Fixture NO_FEE_STATEMENT = Fixture.consistent().replace("「本机关本年度未收取信息处理费。」", "「无。」");

	/** W2 on 行政规范性文件·现行有效件数 (5 → 6, no longer last year's + 制发 − 废止). */
	private static final Fixture STOCK_DRIFT = Fixture.consistent().cell("行政规范性文件", 2, "6");

	private static Fixture before(Fixture f, String line, String comment) {
		return f.replace(line, comment + "\n" + line);
	}

	@Test
	void aCommentBeforeASectionAcknowledgesItsWarningWithTheReason() {
		Fixture f = before(NO_FEE_STATEMENT, "六、其他需要报告的事项", "# govreport: 忽略 W4 ——本机关未收到收费申请，另文说明");
		Finding w4 = f.assertWarning("W4", f.lineOf("六、"), 1);
		assertEquals("本机关未收到收费申请，另文说明", w4.acknowledged());
		assertTrue(w4.isAcknowledged() && !w4.isWarning(), "an acknowledged warning does not count as a warning");
		f.assertNo("I1");
		f.assertNo("I2");
	}

	@Test
	void aCommentBeforeARowAcknowledgesThatRowOnly() {
		Fixture f = before(STOCK_DRIFT, "  行政规范性文件", "  # govreport: 忽略 W2 ——本年清理废止了 3 件，未计入本年废止件数");
		assertEquals("本年清理废止了 3 件，未计入本年废止件数",
				f.assertWarning("W2", f.line("行政规范性文件"), f.column("行政规范性文件", 2)).acknowledged());

		Fixture elsewhere = before(STOCK_DRIFT, "  规章", "  # govreport: 忽略 W2 ——写错了行");
		assertNull(elsewhere.assertWarning("W2", elsewhere.line("行政规范性文件"), elsewhere.column("行政规范性文件", 2))
				.acknowledged());
		elsewhere.assertWarning("I1", elsewhere.lineOf("# govreport"), 3);
	}

	@Test
	void aCommentInTheHeadAcknowledgesTheWholeReport() {
		Fixture f = STOCK_DRIFT.replace("报告 \"", "# govreport：忽略 W2：本年开展规范性文件清理\n报告 \"");
		assertEquals("本年开展规范性文件清理",
				f.assertWarning("W2", f.line("行政规范性文件"), f.column("行政规范性文件", 2)).acknowledged());
		f.assertNo("I1");
	}

	@Test
	void aTrailingCommentAcknowledgesItsOwnLine() {
		Fixture f = STOCK_DRIFT.replace("  行政规范性文件             2             1             6",
				"  行政规范性文件             2             1             6  // govreport: 忽略 W2 —— 清理所致");
		assertEquals("清理所致", f.assertWarning("W2", f.line("行政规范性文件"), f.column("行政规范性文件", 2)).acknowledged());
	}

	@Test
	void anAcknowledgementThatMatchesNoWarningIsReported() {
		Fixture f = before(Fixture.consistent(), "六、其他需要报告的事项", "# govreport: 忽略 W4 ——去年的理由");
		assertEquals("确认忽略 W4 已无对应的警告：此处没有 W4，可删除这条注释",
				f.assertWarning("I1", f.lineOf("# govreport"), 1).message());
	}

	@Test
	void anErrorCannotBeAcknowledged() {
		Fixture broken = Fixture.consistent().cell("予以公开", 0, "4");
		Fixture f = before(broken, "  予以公开", "  # govreport: 忽略 R1 ——以后再改");
		f.assertError("R1", f.line("予以公开"), f.column("予以公开", 0));
		assertEquals("R1 是错误，错误不能确认忽略，须改正", f.assertWarning("I1", f.lineOf("# govreport"), 3).message());
	}

	@Test
	void anAcknowledgementNeedsAReasonAndThePlaceholderIsNone() {
		for (String comment : new String[] { "# govreport: 忽略 W4", "# govreport: 忽略 W4 ——请填写理由" }) {
			Fixture f = before(NO_FEE_STATEMENT, "六、其他需要报告的事项", comment);
			f.assertWarning("I2", f.lineOf("# govreport"), 1);
			assertNull(f.assertWarning("W4", f.lineOf("六、"), 1).acknowledged(), comment);
			f.assertNo("I1");
		}
	}

	@Test
	void ordinaryCommentsAreNoAcknowledgements() {
		Fixture f = before(NO_FEE_STATEMENT, "六、其他需要报告的事项", "# 注：govreport 的 W4 警告见下");
		assertNull(f.assertWarning("W4", f.lineOf("六、"), 1).acknowledged());
		f.assertNo("I1");
		f.assertNo("I2");
	}
}
