package org.govreport.dsl.tests.export;

import static org.govreport.dsl.tests.ExportTesting.exportText;
import static org.govreport.dsl.tests.ExportTesting.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.govreport.dsl.export.ExportFormat;
import org.govreport.dsl.export.FlatTable;
import org.govreport.dsl.export.ParentHeading;
import org.govreport.dsl.export.TextTable;
import org.govreport.dsl.formatting2.DisplayWidth;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Markdown rendered back with a CommonMark/GFM renderer; text checked for alignment. */
class MarkdownAndTextExportTest {

	private static Document markdownAsHtml(String fixture) {
		var extensions = List.of(TablesExtension.create());
		String markdown = exportText(fixture(fixture), ExportFormat.MARKDOWN);
		return Jsoup.parse(HtmlRenderer.builder().extensions(extensions).build()
				.render(Parser.builder().extensions(extensions).build().parse(markdown)));
	}

	@Test
	void markdownRendersHeadingsAndFlatTables() {
		Document html = markdownAsHtml("东风镇.govreport");
		assertEquals("某某市某某区东风镇人民政府2025年政府信息公开工作年度报告", html.selectFirst("h1").text());
		assertEquals(6, html.select("h2").size());
		assertEquals("（一）主动公开情况", html.selectFirst("h3").text());
		assertEquals(6, html.select("table").size(), "four items of table 2, tables 3 and 4");
		Element requests = html.select("table").get(4);
		assertEquals(8, requests.select("thead th").size());
		assertEquals(25 + 5, requests.select("tbody tr").size(), "25 rows and the 5 group rows");
		assertEquals(List.of("1.属于国家秘密", "0", "0", "0", "0", "0", "0", "0"),
				requests.select("tbody tr").get(6).select("td").eachText().stream().map(String::strip).toList());
	}

	@Test
	void parentHeadingStandsOverExactlyItsColumns() {
		Element requests = markdownAsHtml("东风镇.govreport").select("table").get(4);
		assertEquals(List.of("申请人情况", "自然人", "法人或其他组织·商业企业", "法人或其他组织·科研机构", "法人或其他组织·社会公益组织",
				"法人或其他组织·法律服务机构", "法人或其他组织·其他", "总计"), requests.select("thead th").eachText());

		List<String> lines = exportText(fixture("东风镇.govreport"), ExportFormat.TEXT).lines().toList();
		int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("申请人情况")).findFirst().orElseThrow());
		String parents = lines.get(header - 1);
		String columns = lines.get(header);
		assertEquals("法人或其他组织", parents.strip().replace("-", ""));
		assertEquals(displayColumn(columns, "商业企业"), displayColumn(parents, "-"), "the rule starts over 商业企业");
		assertEquals(displayColumn(columns, "其他") + DisplayWidth.of("其他"), DisplayWidth.of(parents),
				"the rule ends over 其他");
	}

	@Test
	void aParentHeadingWiderThanItsColumnsWidensTheLastOfThem() {
		FlatTable table = new FlatTable(null, List.of("", "甲", "乙"), List.of(new ParentHeading("法人或其他组织", 0, 2)),
				List.of(new FlatTable.Row("行", 0, List.of("1", "2"), List.of("t.r.a", "t.r.b"))));
		assertEquals(List.of(
				"    法人或其他组织",
				"    甲          乙",
				"行   1           2"), TextTable.lines(table));
	}

	@Test
	void hostileMarkdownReadsAsWritten() {
		Document html = markdownAsHtml("hostile.govreport");
		assertTrue(html.select("script, b, a, em, p strong, code, del, p[onclick], ol, ul").isEmpty(),
				"no markup from the report's text: " + html.body().html());
		List<String> paragraphs = html.select("p").eachText();
		assertTrue(paragraphs.contains("本报告<script>alert(\"x\")</script>含有 & 和 'quotes' 以及 \"双引号\"。"),
				paragraphs.toString());
		assertTrue(paragraphs.contains(
				"*加粗* _斜体_ [链接](http://example.com) `代码` | 竖线 # 井号 ~删除~ !感叹 &amp; 实体 {未知占位符}"),
				paragraphs.toString());
		assertTrue(paragraphs.contains("1. 看起来像列表"));
		assertTrue(paragraphs.contains("- 看起来像列表项"));
		assertEquals("<b>某&某</b>“局”2025年政府信息公开工作年度报告", html.selectFirst("h1").text());
	}

	@Test
	void textTablesAreAlignedInDisplayColumns() {
		String text = exportText(fixture("东风镇.govreport"), ExportFormat.TEXT);
		List<String> lines = text.lines().toList();
		int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("申请人情况")).findFirst().orElseThrow());
		int width = DisplayWidth.of(lines.get(header));
		List<String> table = lines.subList(header, header + 1 + 25 + 5);
		for (String line : table) {
			if (!Character.isDigit(line.charAt(line.length() - 1)) && !line.startsWith("申请人情况")) {
				continue; // a group row: label only
			}
			assertEquals(width, DisplayWidth.of(line), line);
		}
		assertTrue(lines.contains("　　全年收到政府信息公开申请6件，上年结转1件，结转下年度继续办理1件。"));
		assertTrue(lines.get(0).equals("某某市某某区东风镇人民政府2025年政府信息公开工作年度报告"));
		assertFalse(text.contains("{"), "placeholders filled");
		assertTrue(lines.contains("    1.属于国家秘密                                                                 0         0         0             0             0     0     0"));
	}

	private static int displayColumn(String line, String text) {
		return DisplayWidth.of(line.substring(0, line.indexOf(text)));
	}
}
