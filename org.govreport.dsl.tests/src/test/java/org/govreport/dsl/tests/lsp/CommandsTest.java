package org.govreport.dsl.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The command plumbing of govreport.export / govreport.preview. The server binds no exporter until
 * the export module is wired in, so these check the announced commands and the Chinese errors.
 */
class CommandsTest extends ReportServerTest {

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
		Assertions.assertEquals(List.of(), get(languageServer.executeCommand(new ExecuteCommandParams("govreport.formats", List.of()))));
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

	@Test
	void previewWithoutExporterSaysSo() {
		String uri = openReport(sample());
		Assertions.assertEquals("导出失败：这个版本的语言服务器没有包含导出模块。", fail("govreport.preview", uri));
	}
}
