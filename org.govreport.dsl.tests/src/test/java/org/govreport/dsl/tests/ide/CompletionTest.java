package org.govreport.dsl.tests.ide;

import org.govreport.dsl.tests.ReportTesting;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.Position;
import org.govreport.dsl.form.Forms;
import org.govreport.dsl.form.RowSpec;
import org.govreport.dsl.form.TableSpec;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

class CompletionTest extends ReportServerTest {

	private static final TableSpec REQUESTS = ReportTesting.forms().defaultForm().table("requests").orElseThrow();

	private List<CompletionItem> complete(String text, Position position) {
		String uri = openReport(text);
		return get(languageServer.completion(new CompletionParams(doc(uri), position))).getRight().getItems();
	}

	private static List<String> labels(List<CompletionItem> items) {
		return items.stream().map(CompletionItem::getLabel).toList();
	}

	@Test
	void rowLabelsMissingFirstThenWrittenOnesInFormOrder() {
		// Table 3 without the rows 部分公开 and 结转下年: those two come first, then the rest in the form's order.
		String text = replace(replace(sample(), "  部分公开 1 0 0 0 0 0 1\n", ""), "  结转下年 1 0 0 0 0 0 1\n", "  \n");
		List<String> labels = labels(complete(text, at(text, "  总计", "\n  \n", 3)));
		List<String> form = REQUESTS.rows().stream().map(RowSpec::label).toList();
		Assertions.assertEquals(List.of("部分公开", "结转下年"), labels.subList(0, 2));
		Assertions.assertEquals(form.stream().filter(l -> !l.equals("部分公开") && !l.equals("结转下年")).toList(),
				labels.subList(2, form.size()));
	}

	@Test
	void rowLabelCompletionCarriesTheVerbatimLabel() {
		String text = replace(sample(), "  部分公开 1 0 0 0 0 0 1\n", "  部分\n");
		CompletionItem item = complete(text, at(text, "  部分\n", "\n", 0)).get(0);
		Assertions.assertEquals("部分公开", item.getLabel());
		Assertions.assertEquals("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", item.getDetail());
	}

	@Test
	void headingsOfMissingSectionsFirst() {
		String text = sample();
		int cut = text.indexOf("五、存在的主要问题");
		String shortened = text.substring(0, cut);
		List<String> labels = labels(complete(shortened, at(shortened, "四、政府信息公开", "}\n\n", 3)));
		Assertions.assertEquals(List.of("五、存在的主要问题及改进情况", "六、其他需要报告的事项"), labels.subList(0, 2));
		assertTrue(labels.contains("一、总体情况"), labels.toString());
	}

	@Test
	void emptyTableSnippetAfterHeading() {
		String text = sample().replaceFirst("四、政府信息公开行政复议、行政诉讼情况 \\{[^}]*}", "四、政府信息公开行政复议、行政诉讼情况 ");
		List<CompletionItem> items = complete(text, at(text, "四、政府信息公开行政复议、行政诉讼情况 ", "\n", 0));
		CompletionItem snippet = items.stream().filter(i -> i.getInsertTextFormat() == InsertTextFormat.Snippet)
				.findFirst().orElseThrow(() -> new AssertionError(labels(items)));
		String inserted = snippet.getTextEdit().getLeft().getNewText();
		Assertions.assertEquals("{\n  复议诉讼：结果维持 结果纠正 其他结果 尚未审结 总计\n  行政复议 0 0 0 0 0\n"
				+ "  行政诉讼·未经复议直接起诉 0 0 0 0 0\n  行政诉讼·复议后起诉 0 0 0 0 0\n}$0", inserted);
	}

	@Test
	void wholeReportSnippetInAnEmptyFile() {
		List<CompletionItem> items = complete("", new Position(0, 0));
		CompletionItem first = items.get(0);
		Assertions.assertEquals(InsertTextFormat.Snippet, first.getInsertTextFormat());
		assertTrue(first.getLabel().startsWith("新建年度报告"), first.getLabel());
		assertTrue(labels(items).contains("报告"), labels(items).toString());
	}

	@Test
	void keywordsAfterTheHeaderLine() {
		String text = "报告 \"某镇人民政府\" 年度 2025 ";
		List<String> labels = labels(complete(text, new Position(0, text.length())));
		assertTrue(labels.containsAll(List.of("格式", "发布日期", "上年报告", "前言")), labels.toString());
		assertTrue(labels.stream().noneMatch(l -> l.equals("{") || l.equals("-")), labels.toString());
	}
}
