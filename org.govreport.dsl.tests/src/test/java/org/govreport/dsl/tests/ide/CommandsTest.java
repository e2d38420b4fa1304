package org.govreport.dsl.tests.ide;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** govreport.formats / preview / export through the real server, with the export module behind them. */
class CommandsTest extends ReportServerTest {

	@TempDir
	Path folder;

	private Object run(String command, Object... args) {
		return get(languageServer.executeCommand(new ExecuteCommandParams(command, List.of(args))));
	}

	private String fail(String command, Object... args) {
		ExecutionException e = assertThrows(ExecutionException.class,
				() -> languageServer.executeCommand(new ExecuteCommandParams(command, List.of(args))).get());
		assertTrue(e.getCause() instanceof ResponseErrorException, e.toString());
		return ((ResponseErrorException) e.getCause()).getResponseError().getMessage();
	}

	@Test
	void serverAnnouncesItsCommands() {
		openReport(sample());
		Assertions.assertEquals(Set.of("govreport.export", "govreport.preview", "govreport.formats"),
				Set.copyOf(capabilities.getExecuteCommandProvider().getCommands()));
	}

	@Test
	void formatsAreTheExportersFormats() {
		openReport(sample());
		Assertions.assertEquals(List.of("html", "docx", "md", "json", "txt"), run("govreport.formats"));
	}

	@Test
	void previewIsTheHtmlOfTheReportAsTheEditorHoldsIt() {
		String uri = openReport(sample());
		// An unsaved edit: the preview shows the editor's text, not the file's.
		languageServer.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 2),
				List.of(new TextDocumentContentChangeEvent(sample().replace("测试镇人民政府", "预览镇人民政府")))));
		Document html = Jsoup.parse((String) run("govreport.preview", uri));
		Assertions.assertEquals("预览镇人民政府2025年政府信息公开工作年度报告", html.selectFirst("h1").text());
		Assertions.assertEquals("4", html.selectFirst("[data-cell=requests.new.total]").text());
		Assertions.assertEquals("170", html.selectFirst("[data-cell=proactive.licensing.decisions]").text());
	}

	@Test
	void exportWritesTheFilesTheExportModuleWrites() throws IOException {
		String uri = openReport(sample());
		Path html = Path.of((String) run("govreport.export", uri, "html", folder.toString()));
		Path docx = Path.of((String) run("govreport.export", uri, "docx", folder.toString()));
		Assertions.assertEquals(folder.resolve("report.html"), html);
		Assertions.assertEquals(folder.resolve("report.docx"), docx);
		Document page = Jsoup.parse(html.toFile(), "UTF-8");
		Assertions.assertEquals("测试镇人民政府2025年政府信息公开工作年度报告", page.title());
		Assertions.assertEquals("4", page.selectFirst("[data-cell=requests.new.total]").text());
		try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in)) {
			Assertions.assertEquals("测试镇人民政府2025年政府信息公开工作年度报告", document.getParagraphs().get(0).getText());
			assertTrue(document.getParagraphs().stream().map(XWPFParagraph::getText).anyMatch("全年收到政府信息公开申请4件。"::equals));
			List<XWPFTableCell> newRequests = document.getTables().get(1).getRow(3).getTableCells();
			Assertions.assertEquals("4", newRequests.get(newRequests.size() - 1).getText(), "本年新收 · 总计");
		}
		try (Stream<Path> files = Files.list(folder)) {
			Assertions.assertEquals(Set.of(html, docx), Set.copyOf(files.toList()), "no temporary file left behind");
		}
	}

	@Test
	void exportRefusesAReportWithErrors() throws IOException {
		String uri = openReport(replace(sample(), "本年新收 3 1 0 0 0 0 4", "本年新收 3 1 0 0 0 0 9"));
		String message = fail("govreport.export", uri, "html", folder.toString());
		assertTrue(message.startsWith("导出失败：报告有 ") && message.contains("个错误，未导出"), message);
		try (Stream<Path> files = Files.list(folder)) {
			Assertions.assertEquals(0, files.count(), "nothing written");
		}
	}

	@Test
	void exportRejectsAnUnknownFormatInChinese() {
		String uri = openReport(sample());
		assertTrue(fail("govreport.export", uri, "pdf").startsWith("不支持的导出格式“pdf”"));
	}

	@Test
	void exportWithoutFormatSaysWhatIsMissing() {
		String uri = openReport(sample());
		assertTrue(fail("govreport.export", uri).startsWith("命令缺少参数：导出格式"));
	}
}
