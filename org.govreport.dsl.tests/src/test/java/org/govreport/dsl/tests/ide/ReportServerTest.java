package org.govreport.dsl.tests.ide;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.ExecuteCommandCapabilities;
import org.eclipse.lsp4j.FoldingRangeCapabilities;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.ide.server.concurrent.IRequestManager;
import org.eclipse.xtext.testing.AbstractLanguageServerTest;
import org.eclipse.xtext.util.Modules2;
import org.govreport.dsl.ide.server.GovReportServerModule;

import com.google.inject.Module;

/**
 * Base of the language-server tests: the real server (our server module) driven in-process, with
 * one-call helpers — open a text, find a position by a piece of it, read back diagnostics.
 */
public abstract class ReportServerTest extends AbstractLanguageServerTest {

	protected ReportServerTest() {
		super("govreport");
	}

	@Override
	protected Module getServerModule() {
		return Modules2.mixin(new GovReportServerModule(),
				binder -> binder.bind(IRequestManager.class).to(DirectRequestManager.class));
	}

	/** The consistent report every test starts from (all sums hold). */
	protected static String sample() {
		try (InputStream in = ReportServerTest.class.getResourceAsStream("/lsp/sample.govreport")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Starts the server (as a client with hierarchical symbols, folding and commands) and opens a text. */
	protected String openReport(String text) {
		return openReport("report.govreport", text);
	}

	protected String openReport(String path, String text) {
		if (capabilities == null) {
			capabilities = initialize(params -> clientCapabilities(params.getCapabilities())).getCapabilities();
		}
		String uri = writeFile(path, text);
		open(uri, text);
		return uri;
	}

	/** What the server announced in its initialize reply. */
	protected ServerCapabilities capabilities;

	/** Adds what VS Code announces to the test client: hierarchical symbols, folding, commands. */
	private static void clientCapabilities(ClientCapabilities capabilities) {
		TextDocumentClientCapabilities textDocument = new TextDocumentClientCapabilities();
		DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
		symbols.setHierarchicalDocumentSymbolSupport(true);
		textDocument.setDocumentSymbol(symbols);
		textDocument.setFoldingRange(new FoldingRangeCapabilities());
		capabilities.setTextDocument(textDocument);
		capabilities.getWorkspace().setExecuteCommand(new ExecuteCommandCapabilities());
	}

	protected static TextDocumentIdentifier doc(String uri) {
		return new TextDocumentIdentifier(uri);
	}

	/** The position of the {@code n}-th character of the first occurrence of {@code needle} after {@code after}. */
	protected static Position at(String text, String after, String needle, int n) {
		int from = text.indexOf(after);
		assertTrue(from >= 0, () -> "not in text: " + after);
		int offset = text.indexOf(needle, from);
		assertTrue(offset >= 0, () -> "not in text: " + needle);
		offset += n;
		int line = 0;
		int lineStart = 0;
		for (int i = 0; i < offset; i++) {
			if (text.charAt(i) == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		return new Position(line, offset - lineStart);
	}

	protected static Position at(String text, String needle) {
		return at(text, "", needle, 0);
	}

	protected List<Diagnostic> diagnostics(String uri) {
		return getDiagnostics().getOrDefault(uri, List.of());
	}

	/** The text with {@code line} (a whole table row, unique in the text) replaced. */
	protected static String replace(String text, String line, String replacement) {
		assertTrue(text.contains(line), () -> "not in text: " + line);
		return text.replace(line, replacement);
	}

	protected static <T> T get(CompletableFuture<T> future) {
		try {
			return future.get();
		} catch (InterruptedException | ExecutionException e) {
			throw new AssertionError(e);
		}
	}
}
