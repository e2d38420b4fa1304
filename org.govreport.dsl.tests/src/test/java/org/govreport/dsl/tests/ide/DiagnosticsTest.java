package org.govreport.dsl.tests.ide;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.govreport.dsl.ide.GovReportIdeSetup;
import org.govreport.dsl.ide.diagnostics.SumRelatedLocations;
import org.govreport.dsl.tests.ReportTesting;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

class DiagnosticsTest extends ReportServerTest {

	@Test
	void syntaxErrorArrivesWithItsCodeAndAChineseMessage() {
		String text = replace(sample(), "  规章 0 0 0", "  规章 0 0 0 ！");
		String uri = openReport(text);
		List<Diagnostic> diagnostics = diagnostics(uri);
		Diagnostic error = diagnostics.stream().filter(d -> "P1".equals(d.getCode().getLeft())).findFirst()
				.orElseThrow(() -> new AssertionError(diagnostics.toString()));
		Assertions.assertEquals(DiagnosticSeverity.Error, error.getSeverity());
		Assertions.assertEquals(at(text, "！"), error.getRange().getStart());
		assertTrue(error.getMessage().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
				error.getMessage());
	}

	@Test
	void unresolvedLastYearReportIsP2() {
		String text = sample().replace("发布日期 2026-01-20", "发布日期 2026-01-20\n上年报告 \"../没有这个文件.govreport\"");
		String uri = openReport(text);
		assertTrue(diagnostics(uri).stream().anyMatch(d -> "P2".equals(d.getCode().getLeft())), diagnostics(uri).toString());
	}

	@Test
	void deeplyNestedProseIsAnsweredLikeAnyReport() {
		String deep = "「".repeat(20_000) + "x" + "」".repeat(20_000);
		String uri = openReport(replace(sample(), "前言 「", "前言 「" + deep));
		Assertions.assertEquals(List.of(), diagnostics(uri).stream().filter(d -> d.getSeverity() == DiagnosticSeverity.Error).toList());
	}

	/** Acknowledged, a warning leaves the Problems list but stays marked as a hint with its reason; the I2 of no reason is a warning. */
	@Test
	void anAcknowledgedWarningIsAHintWithItsReason() {
		String noFee = replace(sample(), "本机关本年度没有收取信息处理费。", "无。");
		String uri = openReport(replace(noFee, "六、其他需要报告的事项", "# govreport: 忽略 W4 ——另文说明\n六、其他需要报告的事项"));
		Diagnostic w4 = diagnostics(uri).stream().filter(d -> "W4".equals(d.getCode().getLeft())).findFirst()
				.orElseThrow(() -> new AssertionError(diagnostics(uri).toString()));
		Assertions.assertEquals(DiagnosticSeverity.Hint, w4.getSeverity());
		assertTrue(w4.getMessage().endsWith("（已确认忽略：另文说明）"), w4.getMessage());

		String unreasoned = openReport("other.govreport", replace(noFee, "六、其他需要报告的事项", "# govreport: 忽略 W4\n六、其他需要报告的事项"));
		Assertions.assertEquals(List.of("W4 Warning", "I2 Warning"), diagnostics(unreasoned).stream()
				.filter(d -> d.getCode().getLeft().matches("W4|I2")).map(d -> d.getCode().getLeft() + " " + d.getSeverity()).sorted(
						java.util.Comparator.reverseOrder()).toList());
	}

	@Test
	void consistentReportHasNoError() {
		String uri = openReport(sample());
		Assertions.assertEquals(List.of(), diagnostics(uri).stream().filter(d -> d.getSeverity() == DiagnosticSeverity.Error).toList());
	}

	@Test
	void brokenTotalIsAnR1ErrorOnItsCellRelatingTheCellsOfBothSumsItBreaks() {
		// 予以公开 × 总计 says 4 where 2 + 1 = 3: the server reports R1 on that cell, with the six terms of the
		// row first; the cell also breaks column 总计 of the outcomes (R2), whose cells follow.
		String text = replace(sample(), "  予以公开 2 1 0 0 0 0 3", "  予以公开 2 1 0 0 0 0 4");
		String uri = openReport(text);
		Diagnostic error = diagnostics(uri).stream().filter(d -> "R1".equals(d.getCode().getLeft())).findFirst()
				.orElseThrow(() -> new AssertionError(diagnostics(uri).toString()));
		Assertions.assertEquals(DiagnosticSeverity.Error, error.getSeverity());
		Assertions.assertEquals(at(text, "予以公开 2 1 0 0 0 0 ", "4", 0), error.getRange().getStart());
		assertTrue(error.getMessage().startsWith("予以公开·总计 应为 3，实际为 4"), error.getMessage());
		List<DiagnosticRelatedInformation> related = error.getRelatedInformation();
		Assertions.assertEquals(List.of("加项 予以公开·自然人 = 2", "加项 予以公开·商业企业 = 1", "加项 予以公开·科研机构 = 0",
				"加项 予以公开·社会公益组织 = 0", "加项 予以公开·法律服务机构 = 0", "加项 予以公开·其他 = 0"),
				related.subList(0, 6).stream().map(DiagnosticRelatedInformation::getMessage).toList());
		assertTrue(related.stream().anyMatch(r -> r.getMessage().equals("合计 （七）总计·总计 = 4")), related.toString());
		String row = "予以公开 2 1 0 0 0 0 4";
		for (int i = 0; i < 6; i++) {
			Assertions.assertEquals(uri, related.get(i).getLocation().getUri());
			Assertions.assertEquals(at(text, row, row, "予以公开 ".length() + 2 * i), related.get(i).getLocation().getRange().getStart());
		}
	}

	@Test
	void brokenSumListsItsOtherCellsAsRelatedLocations() {
		// 予以公开 × 总计 says 4 where 2 + 1 = 3: an R1 issue on that cell relates the row's six applicant cells.
		String text = replace(sample(), "  予以公开 2 1 0 0 0 0 3", "  予以公开 2 1 0 0 0 0 4");
		XtextResource resource = ReportTesting.parse(text);
		int offset = text.indexOf("予以公开 2 1 0 0 0 0 4") + "予以公开 2 1 0 0 0 0 ".length();
		// The cell breaks its row (R1: six other cells) and column 总计 of the outcomes (R2: twenty-one).
		List<DiagnosticRelatedInformation> related = relatedFor(resource, "R1", offset);
		Assertions.assertEquals(6 + 21, related.size(), related.toString());
		Assertions.assertEquals("加项 予以公开·自然人 = 2", related.get(0).getMessage());
		Assertions.assertEquals(at(text, "予以公开 ", "2", 0), related.get(0).getLocation().getRange().getStart());
		// Issued as R2, the column's cells come first: the 总计 row's total among them.
		List<DiagnosticRelatedInformation> column = relatedFor(resource, "R2", offset);
		Assertions.assertEquals(related.size(), column.size(), column.toString());
		assertTrue(column.subList(0, 21).stream().anyMatch(r -> r.getMessage().equals("合计 （七）总计·总计 = 4")),
				column.toString());
		Assertions.assertEquals("加项 予以公开·自然人 = 2", column.get(21).getMessage());
	}

	@Test
	void sumThatHoldsRelatesNothing() {
		XtextResource resource = ReportTesting.parse(sample());
		int offset = sample().indexOf("予以公开 2 1 0 0 0 0 3") + "予以公开 2 1 0 0 0 0 ".length();
		Assertions.assertEquals(List.of(), relatedFor(resource, "R1", offset));
	}

	private static List<DiagnosticRelatedInformation> relatedFor(XtextResource resource, String code, int offset) {
		Issue.IssueImpl issue = new Issue.IssueImpl();
		issue.setCode(code);
		issue.setSeverity(Severity.ERROR);
		issue.setOffset(offset);
		issue.setLength(1);
		issue.setUriToProblem(URI.createURI(resource.getURI() + "#/"));
		return new GovReportIdeSetup().createInjector().getInstance(SumRelatedLocations.class).of(resource, issue);
	}
}
