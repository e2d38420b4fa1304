package org.govreport.dsl.tests.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server on a folder of a few thousand reports, with a {@code .git} folder, {@code node_modules}
 * and {@code target} beside them (each holding files that look like reports), through a real LSP
 * client: the opened report comes first, hover, completion and code actions answer while the closed
 * ones are checked, nothing
 * outside the reports is looked at, and memory does not grow with the folder.
 */
class LargeFolderTest {

	private static final int REPORTS = 2_000;

	/** Every tenth report has a broken total (R1), so closed reports have problems worth listing. */
	private static final String RIGHT_TOTAL = "  予以公开 2 1 0 0 0 0 3";

	private static final String WRONG_TOTAL = "  予以公开 2 1 0 0 0 0 4";

	@TempDir
	static Path folder;

	private static final Set<Path> reports = new HashSet<>();

	@BeforeAll
	static void writeFolder() throws IOException {
		String sample = ReportServerTest.sample();
		for (int n = 1; n <= REPORTS; n++) {
			String text = sample.replace("测试镇人民政府", "第" + n + "测试镇人民政府");
			Path file = folder.resolve(String.format("报告-%04d.govreport", n));
			Files.writeString(file, n % 10 == 0 ? text.replace(RIGHT_TOTAL, WRONG_TOTAL) : text, StandardCharsets.UTF_8);
			reports.add(file);
		}
		for (String ignored : List.of(".git/objects/ab", ".git/refs", "node_modules/pkg", "target/classes", ".vscode")) {
			Path dir = Files.createDirectories(folder.resolve(ignored));
			for (int i = 0; i < 200; i++) {
				Files.writeString(dir.resolve(i + ".govreport"), "报告 坏", StandardCharsets.UTF_8);
				Files.writeString(dir.resolve(i + ".pack"), "x", StandardCharsets.UTF_8);
			}
		}
	}

	private static Path opened() {
		return folder.resolve("报告-0010.govreport");
	}

	private static String openedText() throws IOException {
		return Files.readString(opened(), StandardCharsets.UTF_8);
	}

	@Test
	void theOpenedReportComesFirstThenEveryClosedReportAndNothingElse() throws Exception {
		long heapBefore = usedHeapAfterGc();
		try (PipedSession session = new PipedSession()) {
			session.initialize(folder, 5_000);
			session.open(opened(), openedText());
			List<PublishDiagnosticsParams> all = session.awaitPublished(list -> list.size() >= REPORTS, 600);

			assertEquals(opened(), PipedSession.path(all.get(0)));
			assertTrue(codes(all.get(0)).contains("R1"), all.get(0).toString());
			Set<Path> files = new HashSet<>();
			all.forEach(p -> files.add(PipedSession.path(p)));
			assertEquals(reports, files, "only the reports, none under .git, node_modules, target or .vscode");
			PublishDiagnosticsParams closedBroken = all.stream()
					.filter(p -> PipedSession.path(p).equals(folder.resolve("报告-0020.govreport"))).findFirst().orElseThrow();
			assertTrue(codes(closedBroken).contains("R1"), closedBroken.toString());
			PublishDiagnosticsParams closedRight = all.stream()
					.filter(p -> PipedSession.path(p).equals(folder.resolve("报告-0021.govreport"))).findFirst().orElseThrow();
			assertTrue(closedRight.getDiagnostics().stream().noneMatch(d -> d.getSeverity() == DiagnosticSeverity.Error),
					closedRight.toString());

			// Checked reports are let go: the heap holds the session, not the folder (a loaded report weighs
			// about a hundred kilobytes: keeping the 2,000 grows the heap by some 200 MB).
			long grown = usedHeapAfterGc() - heapBefore;
			assertTrue(grown < 64L << 20, "heap grew by " + (grown >> 20) + " MB");
		}
	}

	@Test
	void hoverCompletionAndCodeActionsAnswerWhileClosedReportsAreChecked() throws Exception {
		try (PipedSession session = new PipedSession()) {
			session.initialize(folder, 5_000);
			String text = openedText();
			session.open(opened(), text);
			List<PublishDiagnosticsParams> started = session.awaitPublished(list -> list.size() > 10, 120);
			TextDocumentIdentifier document = new TextDocumentIdentifier(PipedSession.uri(opened()));

			Hover hover = session.server.getTextDocumentService()
					.hover(new HoverParams(document, ReportServerTest.at(text, "予以公开"))).get(30, TimeUnit.SECONDS);
			assertTrue(hover.getContents().getRight().getValue().contains("予以公开"), hover.toString());
			List<CompletionItem> completions = session.server.getTextDocumentService()
					.completion(new CompletionParams(document, ReportServerTest.at(text, "  部分公开", "部分公开", 0)))
					.get(30, TimeUnit.SECONDS).getRight().getItems();
			assertTrue(completions.stream().anyMatch(c -> c.getLabel().equals("部分公开")), completions.toString());
			Diagnostic r1 = started.get(0).getDiagnostics().stream().filter(d -> "R1".equals(d.getCode().getLeft())).findFirst()
					.orElseThrow();
			List<Either<Command, CodeAction>> actions = session.server.getTextDocumentService()
					.codeAction(new CodeActionParams(document, r1.getRange(), new CodeActionContext(List.of(r1))))
					.get(30, TimeUnit.SECONDS);
			assertTrue(actions.stream().anyMatch(a -> a.getRight().getTitle().contains("3")), actions.toString());

			int publishedWhenAnswered = session.published().size();
			assertTrue(publishedWhenAnswered < REPORTS, "the requests were answered only after the background finished");
		}
	}

	@Test
	void aFolderOverTheLimitListsOnlyTheOpenedReport() throws Exception {
		try (PipedSession session = new PipedSession()) {
			session.initialize(folder, 100);
			session.open(opened(), openedText());
			session.awaitLatest(opened(), p -> true, 60);
			// Closed reports would follow within a second of quiet (the background waits 0.3 s).
			Thread.sleep(2_000);
			assertEquals(List.of(opened()), session.published().stream().map(PipedSession::path).distinct().toList());
		}
	}

	private static Set<String> codes(PublishDiagnosticsParams published) {
		Set<String> codes = new HashSet<>();
		for (Diagnostic d : published.getDiagnostics()) {
			codes.add(d.getCode().getLeft());
		}
		return codes;
	}

	private static long usedHeapAfterGc() {
		Runtime runtime = Runtime.getRuntime();
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return runtime.totalMemory() - runtime.freeMemory();
	}
}
