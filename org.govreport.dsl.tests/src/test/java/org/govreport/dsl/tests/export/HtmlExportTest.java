package org.govreport.dsl.tests.export;

import org.govreport.dsl.tests.ReportTesting;
import org.govreport.dsl.service.ExportService;
import static org.govreport.dsl.tests.ExportTesting.document;
import static org.govreport.dsl.tests.ExportTesting.exportText;
import static org.govreport.dsl.tests.ExportTesting.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.govreport.dsl.export.CellText;
import org.govreport.dsl.export.ExportFormat;
import org.govreport.dsl.export.HtmlExporter;
import org.govreport.dsl.form.ColumnSpec;
import org.govreport.dsl.form.RowSpec;
import org.govreport.dsl.form.TableSpec;
import org.govreport.dsl.report.ResolvedReport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** The HTML export parsed back with jsoup: every cell once with its number, the official merged cells, escaping. */
class HtmlExportTest {

	private static final Path REPORT = fixture("东风镇.govreport");

	private static Document html(Path file) {
		return Jsoup.parse(exportText(file, ExportFormat.HTML));
	}

	@Test
	void everyCellOfTheFormAppearsOnceWithItsNumber() {
		Document html = html(REPORT);
		ResolvedReport report = document(REPORT).resolved();
		int cells = 0;
		for (TableSpec table : report.form().tables()) {
			for (RowSpec row : table.rows()) {
				for (ColumnSpec column : row.columns()) {
					Elements found = html.select("td[data-cell=" + row.cellId(column) + "]");
					assertEquals(1, found.size(), row.cellId(column));
					assertEquals(CellText.of(report.value(row, column)), found.text(), row.cellId(column));
					cells++;
				}
			}
		}
		assertEquals(cells, html.select("[data-cell]").size(), "no cell outside the form");
		assertEquals("170", html.select("td[data-cell=proactive.licensing.decisions]").text());
		assertEquals("0.50", html.select("td[data-cell=proactive.fees.amount]").text());
	}

	@Test
	void controlCharactersOfAForcedExportNeverReachThePage() {
		String text = ReportTesting.read(REPORT).replaceFirst("前言 「", "前言 「\u0000\u001B[31m");
		String html = new String(ExportFormat.HTML.exporter(false).export(document(text)), StandardCharsets.UTF_8);
		assertFalse(html.contains("\u0000") || html.contains("\u001B"), "a control character reached the HTML");
		assertTrue(html.contains("[31m"), "only the control characters are left out");
	}

	@Test
	void requestsTableHasTheOfficialMergedCells() {
		Element table = html(REPORT).selectFirst("table[data-table=requests]");
		assertSpan(table, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3);
		assertSpan(table, "申请人情况", 1, 7);
		assertSpan(table, "自然人", 2, 1);
		assertSpan(table, "法人或其他组织", 1, 5);
		assertSpan(table, "总计", 2, 1);
		assertSpan(table, "一、本年新收政府信息公开申请数量", 1, 3);
		assertSpan(table, "三、本年度办理结果", 22, 1);
		assertSpan(table, "（一）予以公开", 1, 2);
		assertSpan(table, "（三）不予公开", 8, 1);
		assertSpan(table, "（四）无法提供", 3, 1);
		assertSpan(table, "（五）不予处理", 5, 1);
		assertSpan(table, "（六）其他处理", 3, 1);
		assertSpan(table, "（七）总计", 1, 2);
		assertSpan(table, "四、结转下年度继续办理", 1, 3);
		assertEquals(10, gridWidth(table));
	}

	@Test
	void appealsTableRunsAcrossLikeTheOfficialForm() {
		Element table = html(REPORT).selectFirst("table[data-table=appeals]");
		assertSpan(table, "行政复议", 1, 5);
		assertSpan(table, "行政诉讼", 1, 10);
		assertSpan(table, "未经复议直接起诉", 1, 5);
		assertSpan(table, "复议后起诉", 1, 5);
		assertEquals(15, gridWidth(table));
		Elements numbers = table.select("tbody tr");
		assertEquals(1, numbers.size(), "the 15 numbers are one row");
		assertEquals(15, numbers.first().select("td[data-cell]").size());
	}

	@Test
	void proactiveTableHasOneBlockPerItem() {
		Element table = html(REPORT).selectFirst("table[data-table=proactive]");
		assertSpan(table, "第二十条第（一）项", 1, 4);
		assertSpan(table, "第二十条第（八）项", 1, 4);
		assertEquals(4, table.select("th:containsOwn(信息内容)").size());
		assertEquals("3", table.selectFirst("td[data-cell=proactive.licensing.decisions]").attr("colspan"));
		assertNotNull(table.selectFirst("th:containsOwn(本年收费金额（单位：万元）)"), "the unit 万元");
		assertEquals(4, gridWidth(table));
	}

	@Test
	void pageIsSelfContainedWithTitleProseAndPrintStyles() {
		Document html = html(REPORT);
		assertEquals("某某市某某区东风镇人民政府2025年政府信息公开工作年度报告", html.title());
		assertEquals(html.title(), html.selectFirst("h1").text());
		assertTrue(html.select("link, script, img, [src]").isEmpty(), "no external assets");
		assertTrue(html.selectFirst("style").data().contains("@page { size: A4"));
		assertEquals(List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
				"四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"),
				html.select("h2").eachText());
		assertEquals("（一）主动公开情况", html.selectFirst("h3").text());
		assertTrue(html.select("p").eachText().contains("全年收到政府信息公开申请6件，上年结转1件，结转下年度继续办理1件。"),
				"placeholders filled with the table's numbers");
		assertFalse(html.body().text().contains("{"), "no placeholder left");
		assertEquals("某某市某某区东风镇人民政府 2026年1月20日", html.selectFirst("p.signature").text());
	}

	@Test
	void fragmentIsOnlyTheBody() {
		String fragment = new String(ExportFormat.HTML.exporter(true).export(document(REPORT)), StandardCharsets.UTF_8);
		assertTrue(fragment.startsWith("<article class=\"govreport\""), fragment.substring(0, 40));
		assertFalse(fragment.contains("<html") || fragment.contains("<head") || fragment.contains("<style"));
		assertEquals(html(REPORT).select("[data-cell]").size(), Jsoup.parseBodyFragment(fragment).select("[data-cell]").size());
	}

	@Test
	void hostileProseIsEscapedAndReadsAsWritten() {
		Document html = html(fixture("hostile.govreport"));
		assertTrue(html.select("script, b, p[onclick]").isEmpty(), "no markup from the report's text");
		assertEquals("<b>某&某</b>“局”2025年政府信息公开工作年度报告", html.title());
		assertTrue(html.select("p").eachText()
				.contains("本报告<script>alert(\"x\")</script>含有 & 和 'quotes' 以及 \"双引号\"。"));
		assertTrue(html.select("p").eachText().contains("本机关本年度未收取信息处理费。</p><p onclick=\"x\">"));
		assertTrue(html.select("p").eachText().stream().anyMatch(p -> p.contains("&amp; 实体 {未知占位符}")),
				"an entity in the text stays text; an unknown placeholder stays as written");
	}

	@Test
	void blankAndUnknownCellsAreEmpty() {
		Document html = html(fixture("hostile.govreport"));
		assertEquals("", html.selectFirst("td[data-cell=proactive.normative_documents.in_force]").text());
		assertEquals("", html.selectFirst("td[data-cell=requests.new.total]").text());
		assertEquals("24252.311082", html.selectFirst("td[data-cell=proactive.fees.amount]").text());
	}

	@Test
	void previewIsTheExportedPage() {
		assertEquals(exportText(REPORT, ExportFormat.HTML), ReportTesting.get(ExportService.class).preview(ReportTesting.loader().load(REPORT)));
	}

	private static void assertSpan(Element table, String text, int rowSpan, int colSpan) {
		Element cell = table.select("th, td").stream().filter(e -> e.text().equals(text)).findFirst()
				.orElseThrow(() -> new AssertionError("no cell " + text));
		assertEquals(rowSpan, span(cell, "rowspan"), text + " rowspan");
		assertEquals(colSpan, span(cell, "colspan"), text + " colspan");
	}

	private static int span(Element cell, String attribute) {
		return cell.hasAttr(attribute) ? Integer.parseInt(cell.attr(attribute)) : 1;
	}

	/** Lays the table's cells on a grid as a browser does; fails on a gap or an overlap, returns the width. */
	static int gridWidth(Element table) {
		Elements rows = table.select("tr");
		boolean[][] taken = new boolean[rows.size()][64];
		int width = -1;
		for (int r = 0; r < rows.size(); r++) {
			int c = 0;
			for (Element cell : rows.get(r).select("th, td")) {
				while (taken[r][c]) {
					c++;
				}
				for (int dr = 0; dr < span(cell, "rowspan"); dr++) {
					for (int dc = 0; dc < span(cell, "colspan"); dc++) {
						assertFalse(taken[r + dr][c + dc], "overlap at row " + (r + dr));
						taken[r + dr][c + dc] = true;
					}
				}
				c += span(cell, "colspan");
			}
			int filled = 0;
			while (taken[r][filled]) {
				filled++;
			}
			if (width < 0) {
				width = filled;
			}
			assertEquals(width, filled, "row " + r + " of " + table.attr("data-table") + " has a gap or sticks out");
		}
		return width;
	}
}
