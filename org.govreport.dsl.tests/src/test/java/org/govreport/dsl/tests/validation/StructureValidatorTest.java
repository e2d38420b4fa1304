package org.govreport.dsl.tests.validation;

import org.govreport.dsl.tests.ReportTesting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.govreport.dsl.form.Forms;
import org.govreport.dsl.tests.Fixture;
import org.junit.jupiter.api.Test;

class StructureValidatorTest {

	private final Fixture consistent = Fixture.consistent();

	@Test
	void theConsistentReportHasNoStructureFinding() {
		for (int i = 1; i <= 16; i++) {
			consistent.assertNo("S" + i);
		}
	}

	@Test
	void missingSectionIsReportedOnTheNextSection() {
		Fixture f = consistent.replace("五、存在的主要问题及改进情况 「一是公开内容不够全面，二是解读形式单一。下一步将加强培训。」", "");
		assertEquals("缺少章节 “五、存在的主要问题及改进情况”（应在本章节之前）",
				f.assertError("S1", f.lineOf("六、其他需要报告的事项"), 1).message());
	}

	@Test
	void duplicateSectionIsReported() {
		Fixture f = consistent.replace("六、其他需要报告的事项 「", "五、存在的主要问题及改进情况 「重复。」\n六、其他需要报告的事项 「");
		assertEquals("章节 “五、” 重复出现：每个章节只能写一次", f.assertError("S2", f.lineOf("「重复。」"), 1).message());
	}

	@Test
	void misspeltHeadingGetsASuggestion() {
		Fixture f = consistent.replace("三、收到和处理政府信息公开申请情况", "三、收到和处理政府信息公开申请");
		assertEquals("未知的章节标题 “三、收到和处理政府信息公开申请”，应为 “三、收到和处理政府信息公开申请情况”",
				f.assertError("S3", f.lineOf("三、收到"), 1).message());
	}

	@Test
	void tableInAProseSectionIsReported() {
		Fixture f = consistent.replace("下一步将加强培训。」", "下一步将加强培训。」 { }");
		f.assertError("S4", f.lineOf("五、"), f.columnOf("{ }"));
	}

	@Test
	void missingRowsAreListedOnTheTable() {
		Fixture f = consistent.replace("  不予公开·国家秘密             0         0         0             0             0     0     0\n", "")
				.replace("  其他处理·其他                 0         0         0             0             0     0     0\n", "");
		assertEquals("表格缺少 2 行：不予公开·国家秘密、其他处理·其他（每一行都须填写，没有的填 0）",
				f.assertError("S5", f.lineOf("三、收到"), f.columnOf("{\n  申请人情况")).message());
	}

	@Test
	void duplicateRowIsReportedOnTheSecond() {
		Fixture f = consistent.replace("  行政强制", "  行政处罚 115\n  行政强制");
		f.assertError("S6", f.line("行政处罚") + 1, 3);
	}

	@Test
	void unknownRowLabelGetsASuggestion() {
		Fixture f = consistent.replace("  予以公开 ", "  予以公布 ");
		assertEquals("未知的行 “予以公布”，是否应为 “予以公开”？", f.assertError("S7", f.line("予以公布"), 3).message());
		f.replace("  部分公开 ", "  属于国家秘密 ").assertError("S7", f.line("部分公开"), 3);
	}

	@Test
	void wrongNumberOfCells() {
		Fixture missing = consistent.replace("  行政复议                          1         0         0         0     1",
				"  行政复议 1 0 0 1");
		assertEquals("“行政复议” 应有 5 个数（结果维持 结果纠正 其他结果 尚未审结 总计），实际只有 4 个",
				missing.assertError("S8", missing.line("行政复议"), 3).message());
		Fixture extra = consistent.replace("  行政许可                     170", "  行政许可 170 3");
		extra.assertError("S8", extra.line("行政许可"), extra.column("行政许可", 1));
	}

	@Test
	void blankCellsAreOneWarningPerTableOnTheFirstBlank() {
		Fixture f = consistent.cell("予以公开", 2, "空").cell("予以公开", 3, "空").cell("总计", 5, "空");
		assertEquals("本表有 3 格空白（第一格 予以公开·科研机构），不参与合计核对：每格都应填写，没有的填 0",
				f.assertWarning("S16", f.line("予以公开"), f.column("予以公开", 2)).message());
		f.assertCount("S16", 1);
		Fixture one = consistent.cell("行政许可", 0, "170").cell("行政处罚", 0, "空");
		assertEquals("此格空白，不参与合计核对：每格都应填写，没有的填 0",
				one.assertWarning("S16", one.line("行政处罚"), one.column("行政处罚", 0)).message());
		consistent.assertNo("S16");
	}

	@Test
	void headerMustMatchTheForm() {
		Fixture f = consistent.replace("申请人情况：             自然人  商业企业", "申请人情况： 商业企业  自然人");
		assertEquals("表头与表格的列不符，应为 “申请人情况：自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计”（列的顺序和名称须与格式一致）",
				f.assertError("S9", f.lineOf("申请人情况："), 3).message());
	}

	@Test
	void yearInTheFutureOrBefore2008() {
		Fixture future = consistent.replace("年度 2025", "年度 2999");
		future.assertError("S10", 2, future.columnOf("2999"));
		Fixture old = consistent.replace("年度 2025", "年度 2007");
		assertEquals("年度 2007 早于 2008 年：《政府信息公开条例》2008 年起施行，之前没有年度报告",
				old.assertError("S10", 2, old.columnOf("2007")).message());
	}

	@Test
	void unknownFormat() {
		Fixture f = consistent.replace("格式 2021", "格式 2030");
		f.assertError("S11", 2, f.columnOf("2030"));
	}

	@Test
	void rowsOfAnotherFormatInA2021Report() {
		assumeTrue(ReportTesting.forms().form("2019").isPresent(), "needs the 2019 format in forms.json");
		Fixture f = consistent.replace("  行政规范性文件 ", "  规范性文件 ");
		f.assertError("S12", f.line("规范性文件"), 3);
		f.assertNo("S7");
	}

	@Test
	void formatThatDoesNotFitTheYear() {
		assumeTrue(ReportTesting.forms().form("2019").isPresent(), "needs the 2019 format in forms.json");
		Fixture f = consistent.replace("格式 2021", "格式 2019");
		f.assertWarning("S13", 2, f.columnOf("2019"));
	}

	@Test
	void placeholderThatNamesNoCell() {
		Fixture f = consistent.replace("全年主动公开信息151条", "全年主动公开信息{主动公开·总数}条");
		assertEquals("占位符 “{主动公开·总数}” 不对应表格中的任何一格：应写为 {行·列}，如 {本年新收·总计}，或 {requests.new.total}",
				f.assertError("S15", f.lineOf("{主动公开"), f.columnOf("{主动公开")).message());
	}
}
