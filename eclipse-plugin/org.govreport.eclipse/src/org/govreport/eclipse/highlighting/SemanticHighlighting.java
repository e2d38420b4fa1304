package org.govreport.eclipse.highlighting;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.widgets.Control;
import org.govreport.eclipse.GovReportPlugin;
import org.govreport.eclipse.server.OpenReport;
import org.govreport.eclipse.server.ServerConnection;
import org.govreport.eclipse.text.Positions;
import org.govreport.eclipse.tokens.TokenStyles;

/**
 * Colours an editor from the server's semantic tokens, fetched each time the server has built the
 * report (it publishes diagnostics then) and merged into the editor's presentation.
 */
public final class SemanticHighlighting implements OpenReport.Listener, ITextPresentationListener {

	private final ITextViewer viewer;

	private final OpenReport report;

	/** The newest tokens' styles; read on the UI thread whenever the editor recomputes its presentation. */
	private List<StyleRange> styles = List.of();

	public SemanticHighlighting(ITextViewer viewer, OpenReport report) {
		this.viewer = viewer;
		this.report = report;
		report.addListener(this);
		if (viewer instanceof ITextViewerExtension4 presentations) {
			presentations.addTextPresentationListener(this);
		}
	}

	public void dispose() {
		report.removeListener(this);
		if (viewer instanceof ITextViewerExtension4 presentations) {
			presentations.removeTextPresentationListener(this);
		}
	}

	/**
	 * The editor recomputes its presentation after edits (and on its own); the semantic styles are merged
	 * into every one, so they are never wiped.
	 */
	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		IRegion extent = presentation.getExtent();
		int end = extent.getOffset() + extent.getLength();
		for (StyleRange style : styles) {
			if (style.start < end && style.start + style.length > extent.getOffset()
					&& style.start + style.length <= viewer.getDocument().getLength()) {
				presentation.mergeStyleRange((StyleRange) style.clone());
			}
		}
	}

	@Override
	public void built(OpenReport built, List<Diagnostic> diagnostics) {
		SemanticTokensParams params = new SemanticTokensParams(new TextDocumentIdentifier(report.uri()));
		GovReportPlugin.get().server()
				.request(c -> c.server().getTextDocumentService().semanticTokensFull(params).thenApply(tokens -> styles(c, tokens)))
				.thenAccept(this::show);
	}

	private List<StyleRange> styles(ServerConnection connection, SemanticTokens tokens) {
		List<StyleRange> styles = new ArrayList<>();
		if (tokens == null || connection.capabilities().getSemanticTokensProvider() == null) {
			return styles;
		}
		SemanticTokensLegend legend = connection.capabilities().getSemanticTokensProvider().getLegend();
		int totalBit = 1 << legend.getTokenModifiers().indexOf(TokenStyles.TOTAL_MODIFIER);
		IDocument document = report.document();
		List<Integer> data = tokens.getData();
		int line = 0;
		int column = 0;
		try {
			for (int i = 0; i + 4 < data.size(); i += 5) {
				column = data.get(i) == 0 ? column + data.get(i + 1) : data.get(i + 1);
				line += data.get(i);
				int start = Positions.offset(document, new Position(line, column));
				String type = legend.getTokenTypes().get(data.get(i + 3));
				boolean total = totalBit > 0 && (data.get(i + 4) & totalBit) != 0;
				StyleRange style = TokenStyles.of(type, total, start, data.get(i + 2));
				if (style != null) {
					styles.add(style);
				}
			}
		} catch (BadLocationException | IndexOutOfBoundsException e) {
			// The document changed meanwhile; the next build brings fresh tokens.
		}
		return styles;
	}

	private void show(List<StyleRange> styles) {
		Control control = viewer.getTextWidget();
		if (control == null || control.isDisposed()) {
			return;
		}
		control.getDisplay().asyncExec(() -> {
			if (control.isDisposed() || viewer.getDocument() != report.document()) {
				return;
			}
			this.styles = styles;
			viewer.invalidateTextPresentation();
		});
	}
}
