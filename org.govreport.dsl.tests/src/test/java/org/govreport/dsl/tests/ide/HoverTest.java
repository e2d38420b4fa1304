package org.govreport.dsl.tests.ide;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

class HoverTest extends ReportServerTest {

	private String hover(String text, Position position) {
		String uri = openReport(text);
		Hover hover = get(languageServer.hover(new HoverParams(doc(uri), position)));
		return hover.getContents().getRight().getValue();
	}

	@Test
	void rowLabelShowsVerbatimLabelGroupAndLegalBasis() {
		String text = sample();
		String hover = hover(text, at(text, "不予公开·第三方权益"));
		assertTrue(hover.contains("**4.保护第三方合法权益**"), hover);
		assertTrue(hover.contains("三、本年度办理结果 › （三）不予公开"), hover);
		assertTrue(hover.contains("依据：《条例》第十五条、第三十二条"), hover);
	}

	@Test
	void rowLabelShowsWhatCounts() {
		String text = sample();
		String hover = hover(text, at(text, "部分公开"));
		assertTrue(hover.contains("统计口径：区分处理、部分公开的申请只计在这一行"), hover);
	}

	@Test
	void columnLabelShowsItsGroupAndKind() {
		String text = sample();
		String hover = hover(text, at(text, "申请人情况", "商业企业", 1));
		assertTrue(hover.startsWith("**法人或其他组织 › 商业企业**"), hover);
		assertTrue(hover.contains("`commercial`"), hover);
		String fees = hover(text, at(text, "本年收费金额", "收费", 0));
		assertTrue(fees.contains("本年收费金额（单位：万元）"), fees);
		assertTrue(fees.contains("可带小数"), fees);
	}

	@Test
	void totalShowsComputedSumAndTerms() {
		String text = sample();
		// 本年新收 3 1 0 0 0 0 4: the last cell is the row total (R1).
		String hover = hover(text, at(text, "本年新收 3 1 0 0 0 0 ", "4", 0));
		assertTrue(hover.contains("`requests.new.total`"), hover);
		assertTrue(hover.contains("合计（R1）= 4"), hover);
		assertTrue(hover.contains("- 本年新收·自然人：3"), hover);
		assertTrue(hover.contains("- 本年新收·商业企业：1"), hover);
	}

	@Test
	void brokenTotalSaysSo() {
		String text = replace(sample(), "  总计 3 1 0 0 0 0 4", "  总计 3 1 0 0 0 0 5");
		String hover = hover(text, at(text, "  总计 3 1 0 0 0 0 ", "5", 0));
		assertTrue(hover.contains("合计（R1）= 4"), hover);
		assertTrue(hover.contains("表中写的是 5，与计算结果不符"), hover);
		// The same cell is the column total of R2 as well: 3 + 1 = 4 there too.
		assertTrue(hover.contains("合计（R2）= 4"), hover);
	}

	@Test
	void aBlankTermOrTotalShowsAsBlank() {
		String text = replace(sample(), "  总计 3 1 0 0 0 0 4", "  总计 3 1 空 0 0 0 空");
		// The row total (R1), itself blank, over a blank 科研机构.
		String hover = hover(text, at(text, "  总计 3 1 空", "0 0 0 空", 6));
		assertTrue(hover.contains("合计（R1）= 无法计算（有空白、空缺或 ? 的单元格，不核对）"), hover);
		assertTrue(hover.contains("科研机构：空白（不参与核对）"), hover);
		assertFalse(hover.contains("与计算结果不符"), hover);
	}

	@Test
	void plainCellNamesItsCell() {
		String text = sample();
		String hover = hover(text, at(text, "予以公开 ", "2", 0));
		assertTrue(hover.startsWith("**（一）予以公开 × 自然人**"), hover);
		assertTrue(hover.contains("`requests.granted.natural_person`"), hover);
	}

	@Test
	void headingNamesItsSection() {
		String text = sample();
		String hover = hover(text, at(text, "四、政府信息公开行政复议"));
		assertTrue(hover.startsWith("**四、政府信息公开行政复议、行政诉讼情况**"), hover);
	}

	@Test
	void hoverRangeCoversTheToken() {
		String text = sample();
		String uri = openReport(text);
		Position start = at(text, "予以公开");
		Hover hover = get(languageServer.hover(new HoverParams(doc(uri), new Position(start.getLine(), start.getCharacter() + 2))));
		Assertions.assertEquals(start, hover.getRange().getStart());
		Assertions.assertEquals(start.getCharacter() + "予以公开".length(), hover.getRange().getEnd().getCharacter());
	}

	@Test
	void keywordHasNoHover() {
		String text = sample();
		String uri = openReport(text);
		Hover hover = get(languageServer.hover(new HoverParams(doc(uri), at(text, "发布日期"))));
		assertNull(hover.getRange());
	}

	@Test
	void placeholderShowsItsCellAndValue() {
		String text = replace(sample(), "全年收到政府信息公开申请4件", "全年收到政府信息公开申请{新收·总计}件");
		String hover = hover(text, at(text, "{新收·总计}", "总计", 0));
		assertTrue(hover.contains("本年新收·总计") && hover.contains("**4**"), hover);
	}

	@Test
	void placeholderThatNamesNoCellSaysSo() {
		String text = replace(sample(), "全年收到政府信息公开申请4件", "全年收到政府信息公开申请{新收·合计}件");
		String hover = hover(text, at(text, "{新收·合计}", "合计", 0));
		assertTrue(hover.contains("不对应表格中的任何一格"), hover);
	}
}
