package org.govreport.dsl.tests.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small folder whose closed reports are listed: the list follows the files on disk (a report
 * closed, created or deleted) as the client's file watcher reports them.
 */
class ClosedReportListTest {

	private static final String RIGHT_TOTAL = "  予以公开 2 1 0 0 0 0 3";

	private static final String WRONG_TOTAL = "  予以公开 2 1 0 0 0 0 4";

	@TempDir
	Path folder;

	@Test
	void theListFollowsTheFilesOnDisk() throws Exception {
		String right = ReportServerTest.sample();
		String wrong = right.replace(RIGHT_TOTAL, WRONG_TOTAL);
		Path a = write("a.govreport", wrong);
		Path b = write("sub/b.govreport", wrong);
		try (PipedSession session = new PipedSession()) {
			session.initialize(folder, 10);
			session.open(a, right); // fixed in the editor, not yet saved
			session.awaitLatest(b, p -> codes(p).contains("R1"), 60);
			assertEquals(List.of(), codes(session.awaitLatest(a, p -> true, 60)));

			// Closed without saving: listed again as it is on disk.
			session.server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(PipedSession.uri(a))));
			session.awaitLatest(a, p -> codes(p).contains("R1"), 60);

			Path c = write("c.govreport", wrong);
			Files.delete(b);
			session.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(List.of(
					new FileEvent(PipedSession.uri(c), FileChangeType.Created), new FileEvent(PipedSession.uri(b), FileChangeType.Deleted))));
			session.awaitLatest(c, p -> codes(p).contains("R1"), 60);
			assertEquals(List.of(), session.awaitLatest(b, p -> p.getDiagnostics().isEmpty(), 60).getDiagnostics());
		}
	}

	private Path write(String name, String text) throws Exception {
		Path file = folder.resolve(name);
		Files.createDirectories(file.getParent());
		return Files.writeString(file, text, StandardCharsets.UTF_8);
	}

	private static List<String> codes(PublishDiagnosticsParams published) {
		return published.getDiagnostics().stream().map(d -> d.getCode().getLeft()).filter(code -> code.startsWith("R")).toList();
	}
}
