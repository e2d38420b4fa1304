package org.govreport.dsl.tests.ide;


import org.govreport.dsl.tests.ReportTesting;
import java.util.List;

import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.govreport.dsl.form.Forms;
import org.govreport.dsl.form.SectionSpec;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Document symbols (the outline) and folding ranges. */
class OutlineTest extends ReportServerTest {

	@Test
	void outlineHasTheReportItsSixSectionsTheirTablesAndRows() {
		String uri = openReport(sample());
		List<DocumentSymbol> symbols = get(languageServer.documentSymbol(new DocumentSymbolParams(doc(uri)))).stream()
				.map(Either::getRight).toList();
		Assertions.assertEquals(1, symbols.size());
		DocumentSymbol report = symbols.get(0);
		Assertions.assertEquals("测试镇人民政府 2025 年度报告", report.getName());
		Assertions.assertEquals(ReportTesting.forms().defaultForm().sections().stream().map(SectionSpec::heading).toList(),
				report.getChildren().stream().map(DocumentSymbol::getName).toList());
		DocumentSymbol requests = report.getChildren().get(2);
		Assertions.assertEquals(SymbolKind.Namespace, requests.getKind());
		DocumentSymbol table = requests.getChildren().get(0);
		Assertions.assertEquals("表格（申请人情况）", table.getName());
		Assertions.assertEquals(ReportTesting.forms().defaultForm().table("requests").orElseThrow().rows().size(), table.getChildren().size());
		DocumentSymbol granted = table.getChildren().get(2);
		Assertions.assertEquals("予以公开", granted.getName());
		Assertions.assertEquals("（一）予以公开", granted.getDetail());
	}

	@Test
	void sectionsAndTablesFold() {
		String text = sample();
		String uri = openReport(text);
		List<FoldingRange> ranges = get(languageServer.foldingRange(new FoldingRangeRequestParams(doc(uri))));
		int requests = at(text, "三、收到和处理").getLine();
		int end = at(text, "三、收到和处理", "\n}", 1).getLine();
		Assertions.assertEquals(1, ranges.stream().filter(r -> r.getStartLine() == requests && r.getEndLine() == end).count(),
				ranges.toString());
		int overview = at(text, "一、总体情况").getLine();
		Assertions.assertEquals(1, ranges.stream().filter(r -> r.getStartLine() == overview).count(), ranges.toString());
	}
}
