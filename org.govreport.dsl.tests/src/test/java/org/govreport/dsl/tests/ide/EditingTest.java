package org.govreport.dsl.tests.ide;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.govreport.dsl.tests.ReportTesting;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Code lens on totals, formatting (document and range) and go to definition. */
class EditingTest extends ReportServerTest {

	@Test
	void codeLensOnABrokenTotalShowsTheComputedSum() {
		String text = replace(sample(), "  予以公开 2 1 0 0 0 0 3", "  予以公开 2 1 0 0 0 0 4");
		String uri = openReport(text);
		List<? extends CodeLens> lenses = get(languageServer.codeLens(new CodeLensParams(doc(uri))));
		// The wrong cell breaks its row (R1) and, as a term, the column 总计 (R2): one lens on each total.
		Assertions.assertEquals(List.of("合计应为 3（R1：予以公开·总计），表中为 4", "合计应为 5（R2：（七）总计·总计），表中为 4"),
				lenses.stream().map(l -> l.getCommand().getTitle()).toList());
		Assertions.assertEquals(at(text, "予以公开 2 1 0 0 0 0 ", "4", 0), lenses.get(0).getRange().getStart());
		Assertions.assertEquals(at(text, "  总计 3 1 0 0 0 0 ", "4", 0), lenses.get(1).getRange().getStart());
	}

	@Test
	void noCodeLensWhenEverySumHolds() {
		String uri = openReport(sample());
		Assertions.assertEquals(List.of(), get(languageServer.codeLens(new CodeLensParams(doc(uri)))));
	}

	@Test
	void formattingGivesTheFormattersLayout() {
		String text = sample().replace("  规章 0 0 0", "规章    0 0    0");
		String uri = openReport(text);
		List<? extends TextEdit> edits = get(languageServer.formatting(new DocumentFormattingParams(doc(uri), new FormattingOptions(2, true))));
		Assertions.assertEquals(ReportTesting.format(text), apply(text, edits));
	}

	@Test
	void formattingAWindowsFileKeepsItsLineEndings() {
		String text = sample().replace("  规章 0 0 0", "规章    0 0    0").replace("\n", "\r\n");
		openReport(sample());
		// Sent as it is: the test base's open() would turn CRLF into LF, as no editor does.
		String uri = writeFile("windows.govreport", text);
		languageServer.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, languageInfo.getLanguageName(), 1, text)));
		String formatted = apply(text, get(languageServer.formatting(new DocumentFormattingParams(doc(uri), new FormattingOptions(2, true)))));
		Assertions.assertEquals(ReportTesting.format(text), formatted);
		Assertions.assertFalse(formatted.replace("\r\n", "").contains("\n"), "a line ends in LF alone:\n" + formatted);
	}

	@Test
	void rangeFormattingLeavesTheRestAlone() {
		String text = sample().replace("  规章 0 0 0", "规章    0 0    0").replace("六、其他需要报告的事项 「", "六、其他需要报告的事项     「");
		String uri = openReport(text);
		Range table = new Range(at(text, "二、主动公开"), at(text, "三、收到"));
		String formatted = apply(text, get(languageServer.rangeFormatting(
				new DocumentRangeFormattingParams(doc(uri), new FormattingOptions(2, true), table))));
		assertTrue(formatted.contains("六、其他需要报告的事项     「"), formatted);
		assertTrue(!formatted.contains("规章    0 0    0"), formatted);
	}

	@Test
	void definitionOfLastYearsReportIsThatFile() {
		String lastYear = sample().replace("年度 2025", "年度 2024");
		String previousUri = writeFile("2024/report.govreport", lastYear);
		String text = sample().replace("发布日期 2026-01-20", "发布日期 2026-01-20\n上年报告 \"2024/report.govreport\"");
		String uri = openReport(text);
		List<? extends Location> locations = get(languageServer.definition(
				new DefinitionParams(doc(uri), at(text, "上年报告 \"", "2024", 0)))).getLeft();
		Assertions.assertEquals(1, locations.size(), locations.toString());
		Assertions.assertEquals(previousUri, locations.get(0).getUri());
	}

	/** Applies LSP text edits (non-overlapping) to a text. */
	private static String apply(String text, List<? extends TextEdit> edits) {
		StringBuilder out = new StringBuilder(text);
		edits.stream().sorted((a, b) -> offset(text, b.getRange().getStart()) - offset(text, a.getRange().getStart()))
				.forEach(e -> out.replace(offset(text, e.getRange().getStart()), offset(text, e.getRange().getEnd()), e.getNewText()));
		return out.toString();
	}

	private static int offset(String text, org.eclipse.lsp4j.Position position) {
		int offset = 0;
		for (int line = 0; line < position.getLine(); line++) {
			offset = text.indexOf('\n', offset) + 1;
		}
		return offset + position.getCharacter();
	}
}
