package org.govreport.dsl.tests.export;

import static org.govreport.dsl.tests.ExportTesting.docx;
import static org.govreport.dsl.tests.ExportTesting.document;
import static org.govreport.dsl.tests.ExportTesting.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.govreport.dsl.export.CellText;
import org.govreport.dsl.form.ColumnSpec;
import org.govreport.dsl.form.RowSpec;
import org.govreport.dsl.report.ResolvedReport;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** The DOCX export read back with Apache POI: page, fonts, every table cell and the merged cells. */
class DocxExportTest {

	private static final Path REPORT = fixture("东风镇.govreport");

	@Test
	void pageIsA4WithTheMarginsOfGbT9704() {
		XWPFDocument docx = docx(REPORT);
		var section = docx.getDocument().getBody().getSectPr();
		assertEquals(BigInteger.valueOf(11906), section.getPgSz().getW());
		assertEquals(BigInteger.valueOf(16838), section.getPgSz().getH());
		CTPageMar margins = section.getPgMar();
		assertEquals(2098, twips(margins.getTop()), "天头 37 mm");
		assertEquals(1587, twips(margins.getLeft()), "订口 28 mm");
		assertEquals(8845, 11906 - twips(margins.getLeft()) - twips(margins.getRight()), "版心 156 mm");
	}

	@Test
	void titleHeadingsAndBodyUseTheOfficialFonts() {
		XWPFDocument docx = docx(REPORT);
		List<XWPFParagraph> paragraphs = docx.getParagraphs();
		assertFont(paragraphs.get(0), "某某市某某区东风镇人民政府2025年政府信息公开工作年度报告", "方正小标宋简体", 22);
		assertFont(find(docx, "一、总体情况"), "一、总体情况", "黑体", 16);
		assertFont(find(docx, "（一）主动公开情况"), "（一）主动公开情况", "楷体_GB2312", 16);
		assertFont(find(docx, "全年主动公开政府信息151条，其中行政许可170件、行政处罚115件。"),
				"全年主动公开政府信息151条，其中行政许可170件、行政处罚115件。", "仿宋_GB2312", 16);
		assertEquals("Times New Roman", fonts(find(docx, "本机关本年度未收取信息处理费。")).getAscii());
		assertFont(docx.getTables().get(1).getRow(0).getCell(0).getParagraphs().get(0),
				"（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "仿宋_GB2312", 10.5);
		assertTrue(docx.getPackage().getPartsByName(java.util.regex.Pattern.compile("/word/fontTable.xml")).size() == 1,
				"font table with the fallbacks");
	}

	@Test
	void headingsStayWithTheTextTheyHead() {
		XWPFDocument docx = docx(REPORT);
		assertTrue(style(find(docx, "六、其他需要报告的事项")).getPPr().isSetKeepNext(), "一级标题");
		assertTrue(style(find(docx, "（一）主动公开情况")).getPPr().isSetKeepNext(), "二级标题");
		assertFalse(style(find(docx, "本机关本年度未收取信息处理费。")).getPPr().isSetKeepNext(), "正文 flows freely");
	}

	@Test
	void signatureClosesTheDocument() {
		List<XWPFParagraph> paragraphs = docx(REPORT).getParagraphs();
		assertEquals("某某市某某区东风镇人民政府", paragraphs.get(paragraphs.size() - 2).getText());
		assertEquals("2026年1月20日", paragraphs.get(paragraphs.size() - 1).getText());
		assertEquals(org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc.RIGHT,
				style(paragraphs.get(paragraphs.size() - 1)).getPPr().getJc().getVal(), "right-aligned by its style");
	}

	@Test
	void everyNumberIsInItsCell() {
		XWPFDocument docx = docx(REPORT);
		ResolvedReport report = document(REPORT).resolved();
		List<XWPFTable> tables = docx.getTables();
		assertEquals(3, tables.size());
		// table 3: 3 heading rows, then one row per form row; its numbers are the last 7 cells
		XWPFTable requests = tables.get(1);
		List<RowSpec> rows = report.form().table("requests").orElseThrow().rows();
		assertEquals(3 + rows.size(), requests.getRows().size());
		for (int i = 0; i < rows.size(); i++) {
			List<XWPFTableCell> cells = requests.getRow(3 + i).getTableCells();
			List<ColumnSpec> columns = rows.get(i).columns();
			for (int j = 0; j < columns.size(); j++) {
				assertEquals(CellText.of(report.value(rows.get(i), columns.get(j))),
						cells.get(cells.size() - columns.size() + j).getText(), rows.get(i).cellId(columns.get(j)));
			}
		}
		// table 4: the 15 numbers in one row after 3 heading rows
		XWPFTable appeals = tables.get(2);
		assertEquals(4, appeals.getRows().size());
		assertEquals(List.of("1", "0", "0", "1", "2", "0", "0", "0", "1", "1", "0", "0", "0", "0", "0"),
				appeals.getRow(3).getTableCells().stream().map(XWPFTableCell::getText).toList());
	}

	@Test
	void mergedCellsAreRealGridSpansAndVerticalMerges() {
		XWPFDocument docx = docx(REPORT);
		for (XWPFTable table : docx.getTables()) {
			int width = table.getCTTbl().getTblGrid().sizeOfGridColArray();
			for (XWPFTableRow row : table.getRows()) {
				assertEquals(width, row.getTableCells().stream().mapToInt(DocxExportTest::gridSpan).sum(),
						"every row covers the grid");
			}
		}
		XWPFTable requests = docx.getTables().get(1);
		assertEquals(10, requests.getCTTbl().getTblGrid().sizeOfGridColArray());
		XWPFTableCell corner = requests.getRow(0).getCell(0);
		assertEquals(3, gridSpan(corner));
		assertEquals(STMerge.RESTART, pr(corner).getVMerge().getVal());
		assertEquals(STMerge.CONTINUE, pr(requests.getRow(1).getCell(0)).getVMerge().getVal());
		assertEquals(5, gridSpan(requests.getRow(1).getTableCells().get(2)), "法人或其他组织");
		assertEquals("法人或其他组织", requests.getRow(1).getTableCells().get(2).getText());
		// 三、本年度办理结果: one restart, 21 continues below it
		assertEquals("三、本年度办理结果", requests.getRow(5).getCell(0).getText());
		assertEquals(21, continuesBelow(requests, 5, 0));
		assertEquals("（三）不予公开", requests.getRow(7).getCell(1).getText());
		assertEquals(7, continuesBelow(requests, 7, 1));
		XWPFTable appeals = docx.getTables().get(2);
		assertEquals("行政诉讼", appeals.getRow(0).getCell(1).getText());
		assertEquals(10, gridSpan(appeals.getRow(0).getCell(1)));
	}

	private static int twips(Object measure) {
		return ((BigInteger) measure).intValue();
	}

	private static int continuesBelow(XWPFTable table, int row, int cell) {
		int n = 0;
		for (int r = row + 1; r < table.getRows().size(); r++) {
			CTTcPr pr = pr(table.getRow(r).getCell(cell));
			if (pr.getVMerge() == null || pr.getVMerge().getVal() != STMerge.CONTINUE) {
				break;
			}
			n++;
		}
		return n;
	}

	private static CTTcPr pr(XWPFTableCell cell) {
		return cell.getCTTc().getTcPr();
	}

	private static int gridSpan(XWPFTableCell cell) {
		CTTcPr pr = pr(cell);
		return pr != null && pr.getGridSpan() != null ? pr.getGridSpan().getVal().intValue() : 1;
	}

	private static XWPFParagraph find(XWPFDocument docx, String text) {
		List<XWPFParagraph> found = new ArrayList<>(
				docx.getParagraphs().stream().filter(p -> p.getText().equals(text)).toList());
		assertEquals(1, found.size(), text);
		return found.get(0);
	}

	/** The paragraph's style names the eastAsia font and the size explicitly. */
	private static void assertFont(XWPFParagraph paragraph, String text, String eastAsia, double points) {
		assertEquals(text, paragraph.getText());
		assertEquals(eastAsia, fonts(paragraph).getEastAsia(), text);
		assertEquals(Math.round(points * 2), ((BigInteger) style(paragraph).getRPr().getSzArray(0).getVal()).longValue(), text);
	}

	private static CTStyle style(XWPFParagraph paragraph) {
		return paragraph.getDocument().getStyles().getStyle(paragraph.getStyleID()).getCTStyle();
	}

	private static CTFonts fonts(XWPFParagraph paragraph) {
		return style(paragraph).getRPr().getRFontsArray(0);
	}
}
