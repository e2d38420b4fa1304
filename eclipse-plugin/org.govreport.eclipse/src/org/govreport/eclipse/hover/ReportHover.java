package org.govreport.eclipse.hover;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DefaultInformationControl;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextHoverExtension;
import org.eclipse.jface.text.ITextHoverExtension2;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkedString;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.ui.editors.text.EditorsUI;
import org.govreport.eclipse.GovReportPlugin;
import org.govreport.eclipse.markers.MarkerAttributes;
import org.govreport.eclipse.markers.ProblemMarkers;
import org.govreport.eclipse.server.OpenReport;
import org.govreport.eclipse.text.Positions;

/**
 * Hover: the problems at the cursor (message with rule code, the cells of a broken sum), then the
 * server's explanation (the form's label, legal basis, the computed sum), rendered from Markdown.
 */
public class ReportHover implements ITextHover, ITextHoverExtension, ITextHoverExtension2 {

	private static final long TIMEOUT_MS = 3000;

	/**
	 * The character under the cursor: the server answers for an exact offset (a placeholder within a
	 * line of prose, one column label of a header line), so the region keeps it.
	 */
	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		return new Region(offset, offset < viewer.getDocument().getLength() ? 1 : 0);
	}

	@Override
	@Deprecated
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		return (String) getHoverInfo2(viewer, region);
	}

	@Override
	public Object getHoverInfo2(ITextViewer viewer, IRegion region) {
		OpenReport report = GovReportPlugin.get().server().report(viewer.getDocument()).orElse(null);
		if (report == null) {
			return null;
		}
		List<String> parts = new ArrayList<>(problems(report, region.getOffset()));
		String explained = explanation(report, region.getOffset());
		if (explained != null) {
			parts.add(explained);
		}
		return parts.isEmpty() ? null : String.join("<hr>", parts);
	}

	@Override
	public IInformationControlCreator getHoverControlCreator() {
		return parent -> new DefaultInformationControl(parent, EditorsUI.getTooltipAffordanceString());
	}

	private static List<String> problems(OpenReport report, int offset) {
		List<String> html = new ArrayList<>();
		if (report.file() == null) {
			return html;
		}
		try {
			for (IMarker marker : ProblemMarkers.of(report.file())) {
				int start = marker.getAttribute(IMarker.CHAR_START, -1);
				int end = marker.getAttribute(IMarker.CHAR_END, -1);
				if (start <= offset && offset <= end) {
					StringBuilder out = new StringBuilder("<p><b>")
							.append(MarkdownHtml.escape(marker.getAttribute(IMarker.MESSAGE, ""))).append("</b>");
					String related = marker.getAttribute(MarkerAttributes.RELATED, "");
					for (String cell : related.isEmpty() ? new String[0] : related.split("\n")) {
						out.append("<br>• ").append(MarkdownHtml.escape(cell));
					}
					html.add(out.append("</p>").toString());
				}
			}
		} catch (CoreException e) {
			GovReportPlugin.log().log(e.getStatus());
		}
		return html;
	}

	private static String explanation(OpenReport report, int offset) {
		try {
			HoverParams params = new HoverParams(new TextDocumentIdentifier(report.uri()),
					Positions.position(report.document(), offset));
			Hover hover = GovReportPlugin.get().server()
					.request(c -> c.server().getTextDocumentService().hover(params)).get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
			return hover == null || hover.getContents() == null ? null : html(hover.getContents());
		} catch (BadLocationException | java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
			return null;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	private static String html(Either<List<Either<String, MarkedString>>, MarkupContent> contents) {
		if (contents.isRight()) {
			MarkupContent markup = contents.getRight();
			return markup.getValue().isBlank() ? null
					: "markdown".equals(markup.getKind()) ? MarkdownHtml.of(markup.getValue()) : "<p>" + MarkdownHtml.escape(markup.getValue()) + "</p>";
		}
		StringBuilder markdown = new StringBuilder();
		for (Either<String, MarkedString> piece : contents.getLeft()) {
			markdown.append(piece.isLeft() ? piece.getLeft() : piece.getRight().getValue()).append("\n\n");
		}
		return markdown.toString().isBlank() ? null : MarkdownHtml.of(markdown.toString());
	}
}
