package org.govreport.dsl.tests.ide;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The language server's document handling: one open document changed to any text keeps getting answers
 * (diagnostics, outline, folding, formatting), input after input. Every build runs the seed corpus
 * (DocumentFuzzTestInputs); a fixed number of fuzzed inputs runs in verify, a million with -Pfuzz.
 */
class DocumentFuzzTest extends ReportServerTest {

	private String uri;

	private int version = 1;

	@FuzzTest(maxDuration = "4h")
	void anyTextIsAnswered(byte[] input) {
		if (uri == null) {
			uri = openReport(sample());
		}
		// The test client keeps every notification; a million inputs' diagnostics would fill the heap.
		notifications.clear();
		String text = new String(input, StandardCharsets.UTF_8);
		languageServer.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, ++version),
				List.of(new TextDocumentContentChangeEvent(text))));
		get(languageServer.documentSymbol(new DocumentSymbolParams(doc(uri))));
		get(languageServer.foldingRange(new FoldingRangeRequestParams(doc(uri))));
		get(languageServer.formatting(new DocumentFormattingParams(doc(uri), new FormattingOptions(2, true))));
	}
}
