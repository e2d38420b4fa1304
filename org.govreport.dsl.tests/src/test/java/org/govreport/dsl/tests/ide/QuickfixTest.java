package org.govreport.dsl.tests.ide;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.govreport.dsl.service.Finding;
import org.govreport.dsl.tests.Fixture;
import org.govreport.dsl.tests.ReportTesting;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Quick fixes through the language server, as an editor uses them: open the file, take the
 * diagnostic, ask for its code action, apply the edit — and the result checks clean.
 */
class QuickfixTest extends ReportServerTest {

	/** The code action's title and the text after applying it. */
	private record Fixed(String title, String text) {
	}

	private Fixed fix(Fixture broken, String code) {
		writeFile("2024/东温泉镇.govreport", ReportTesting.read(Fixture.LAST_YEAR));
		String uri = writeFile("2025/东温泉镇.govreport", broken.text());
		initialize();
		open(uri, broken.text());
		List<Diagnostic> diagnostics = getDiagnostics().get(uri);
		Diagnostic diagnostic = diagnostics.stream().filter(d -> code.equals(d.getCode().getLeft())).findFirst()
				.orElseThrow(() -> new AssertionError("no " + code + " in " + diagnostics));
		CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(uri), diagnostic.getRange(),
				new CodeActionContext(List.of(diagnostic)));
		List<Either<Command, CodeAction>> actions = languageServer.codeAction(params).join();
		assertFalse(actions.isEmpty(), "no code action for " + code);
		CodeAction action = actions.get(0).getRight();
		List<TextEdit> edits = new ArrayList<>();
		Map<String, List<TextEdit>> changes = action.getEdit().getChanges();
		if (changes != null) {
			edits.addAll(changes.get(uri));
		} else {
			action.getEdit().getDocumentChanges().forEach(c -> edits.addAll(c.getLeft().getEdits()));
		}
		return new Fixed(action.getTitle(), new Document(1, broken.text()).applyChanges(edits).getContents());
	}

	private static void assertNoErrors(String text) {
		List<Finding> errors = ReportTesting.check(Fixture.THIS_YEAR, text).stream().filter(Finding::isError).toList();
		assertTrue(errors.isEmpty(), () -> ReportTesting.describe(errors));
	}

	@Test
	void setsAWrongCellToTheValueThatMakesItsSumsHold() {
		Fixed fixed = fix(Fixture.consistent().cell("予以公开", 0, "4"), "R1");
		Assertions.assertEquals("改为 3", fixed.title());
		assertNoErrors(fixed.text());
	}

	@Test
	void acknowledgesAWarningBeforeItsRowWithAReasonToFillIn() {
		Fixed fixed = fix(Fixture.consistent().cell("行政规范性文件", 2, "6"), "W2");
		Assertions.assertEquals("确认忽略 W2（须写明理由）", fixed.title());
		Fixture f = Fixture.of(fixed.text());
		int row = f.line("行政规范性文件");
		Assertions.assertEquals("  # govreport: 忽略 W2 ——请填写理由", fixed.text().lines().toList().get(row - 2));
		f.assertWarning("I2", row - 1, 3);
		Fixture reasoned = f.replace("请填写理由", "本年清理废止 3 件");
		Assertions.assertEquals("本年清理废止 3 件", reasoned.assertWarning("W2", row, f.column("行政规范性文件", 2)).acknowledged());
		reasoned.assertNo("I1");
		reasoned.assertNo("I2");
	}

	@Test
	void setsATotalToTheComputedSum() {
		Fixed fixed = fix(Fixture.consistent().cell("行政复议", 0, "2"), "R4");
		Assertions.assertEquals("改为 2", fixed.title());
		assertNoErrors(fixed.text());
	}

	@Test
	void fillsTheTablesBlankCellsWithZeros() {
		Fixture broken = Fixture.consistent().cell("予以公开", 2, "空").cell("总计", 2, "空");
		Fixed fixed = fix(broken, "S16");
		Assertions.assertEquals("本表空白格都填 0", fixed.title());
		Fixture result = Fixture.of(fixed.text());
		result.assertNo("S16");
		Assertions.assertEquals(Fixture.consistent().text().replaceAll(" +", " "), fixed.text().replaceAll(" +", " "));
	}

	@Test
	void setsCarriedOverFromLastYear() {
		Fixture broken = Fixture.consistent().cell("上年结转", 0, "2");
		Fixed fixed = fix(broken, "R6");
		Assertions.assertEquals("改为上年报告中的 1", fixed.title());
		Assertions.assertEquals(Fixture.consistent().text(), fixed.text());
	}

	@Test
	void addsTheMissingRowsWithZeros() {
		Fixture broken = Fixture.consistent()
				.replace("  不予公开·国家秘密             0         0         0             0             0     0     0\n", "")
				.replace("  结转下年                      1         0         0             0             0     0     1\n", "");
		Fixed fixed = fix(broken, "S5");
		Assertions.assertEquals("补上缺少的行（填 0）", fixed.title());
		Fixture result = Fixture.of(fixed.text());
		Assertions.assertEquals(result.line("部分公开") + 1, result.line("不予公开·国家秘密"));
		Assertions.assertEquals(result.line("总计") + 1, result.line("结转下年"));
		result.assertNo("S5");
		// The added rows hold zeros: now only the balance says what 结转下年 should be.
		assertTrue(result.assertError("R3", result.line("结转下年"), result.column("结转下年", 0)).message()
				.endsWith("结转下年·自然人 应为 1，实际为 0"));
	}

	@Test
	void replacesAnUnknownLabelWithTheSuggestion() {
		Fixed fixed = fix(Fixture.consistent().replace("  予以公开 ", "  予以公布 "), "S7");
		Assertions.assertEquals("改为 予以公开", fixed.title());
		assertNoErrors(fixed.text());
	}

	@Test
	void replacesALiteralProseNumberWithThePlaceholder() {
		Fixed fixed = fix(Fixture.consistent().replace("收到政府信息公开申请7件", "收到政府信息公开申请8件"), "W1");
		Assertions.assertEquals("改为占位符 {本年新收·总计}", fixed.title());
		assertTrue(fixed.text().contains("收到政府信息公开申请{本年新收·总计}件"));
		assertTrue(ReportTesting.check(Fixture.THIS_YEAR, fixed.text()).isEmpty());
	}
}
