package org.govreport.dsl.tests.ide;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The carry-over check (R6) with last year's report closed: read from disk when this year's is
 * opened, and checked again when last year's changes on disk (the client's file watcher says so).
 */
class LastYearOnDiskTest {

	private static final String CARRIED = "  结转下年 1 0 0 0 0 0 1";

	@TempDir
	Path folder;

	@Test
	void carryOverIsCheckedAgainstTheClosedFileAndAgainWhenItChanges() throws Exception {
		String sample = ReportServerTest.sample();
		Path lastYear = folder.resolve("2024.govreport");
		Files.writeString(lastYear, sample.replace("年度 2025", "年度 2024"), StandardCharsets.UTF_8);
		Path thisYear = folder.resolve("2025.govreport");
		String text = sample.replace("发布日期 2026-01-20", "发布日期 2026-01-20\n上年报告 \"2024.govreport\"");

		try (PipedSession session = new PipedSession()) {
			session.initialize(folder, 0);
			session.open(thisYear, text);
			PublishDiagnosticsParams first = session.awaitLatest(thisYear, p -> true, 60);
			assertTrue(codes(first).stream().noneMatch(c -> c.equals("R6") || c.equals("P2")), first.toString());

			// Last year's report, closed, now carries 2 applications forward: this year's 上年结转 (1) is wrong.
			Files.writeString(lastYear, sample.replace("年度 2025", "年度 2024").replace(CARRIED, "  结转下年 2 0 0 0 0 0 2"),
					StandardCharsets.UTF_8);
			session.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
					List.of(new FileEvent(PipedSession.uri(lastYear), FileChangeType.Changed))));
			PublishDiagnosticsParams changed = session.awaitLatest(thisYear, p -> codes(p).contains("R6"), 60);
			Diagnostic r6 = changed.getDiagnostics().stream().filter(d -> "R6".equals(d.getCode().getLeft())).findFirst().orElseThrow();
			assertTrue(r6.getMessage().startsWith("上年结转·自然人 应为 2"), r6.getMessage());

			// Deleted: the link no longer resolves (P2), and R6 goes.
			Files.delete(lastYear);
			session.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
					List.of(new FileEvent(PipedSession.uri(lastYear), FileChangeType.Deleted))));
			session.awaitLatest(thisYear, p -> codes(p).contains("P2") && !codes(p).contains("R6"), 60);
		}
	}

	private static List<String> codes(PublishDiagnosticsParams published) {
		return published.getDiagnostics().stream().map(d -> d.getCode().getLeft()).toList();
	}
}
