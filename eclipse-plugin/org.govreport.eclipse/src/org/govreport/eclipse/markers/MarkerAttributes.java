package org.govreport.eclipse.markers;

import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.govreport.eclipse.text.Positions;

import com.google.gson.Gson;

/**
 * What a marker carries: the message with the rule code, the code itself ({@value #CODE}), the cells
 * of a broken sum ({@value #RELATED}, one per line) and the whole diagnostic, which the fixes send
 * back to the server.
 */
public final class MarkerAttributes {

	/** The rule code (R1, P1 …) as an attribute of its own, for filters and tests. */
	public static final String CODE = "org.govreport.eclipse.code";

	/** The related cells of a broken sum, "label: value (line n)" one per line. */
	public static final String RELATED = "org.govreport.eclipse.related";

	private static final String DIAGNOSTIC = "org.govreport.eclipse.diagnostic";

	private static final Gson GSON = new MessageJsonHandler(Map.of()).getGson();

	private MarkerAttributes() {
	}

	static Map<String, Object> of(Diagnostic diagnostic, IDocument document) {
		Map<String, Object> attributes = new HashMap<>();
		String code = code(diagnostic);
		attributes.put(IMarker.MESSAGE, code == null ? diagnostic.getMessage() : diagnostic.getMessage() + " (" + code + ")");
		attributes.put(IMarker.SEVERITY, severity(diagnostic.getSeverity()));
		attributes.put(IMarker.LINE_NUMBER, diagnostic.getRange().getStart().getLine() + 1);
		attributes.put(IMarker.SOURCE_ID, "govreport");
		if (code != null) {
			attributes.put(CODE, code);
		}
		String related = related(diagnostic.getRelatedInformation());
		if (!related.isEmpty()) {
			attributes.put(RELATED, related);
		}
		attributes.put(DIAGNOSTIC, GSON.toJson(diagnostic));
		if (document != null) {
			try {
				attributes.put(IMarker.CHAR_START, Positions.offset(document, diagnostic.getRange().getStart()));
				attributes.put(IMarker.CHAR_END, Positions.offset(document, diagnostic.getRange().getEnd()));
			} catch (BadLocationException e) {
				// The document changed since: the line number still places the marker.
			}
		}
		return attributes;
	}

	/** The diagnostic the marker was made from, as the server sent it. */
	public static Diagnostic diagnostic(IMarker marker) {
		String json = marker.getAttribute(DIAGNOSTIC, null);
		return json == null ? null : GSON.fromJson(json, Diagnostic.class);
	}

	private static String code(Diagnostic diagnostic) {
		if (diagnostic.getCode() == null) {
			return null;
		}
		return diagnostic.getCode().isLeft() ? diagnostic.getCode().getLeft() : String.valueOf(diagnostic.getCode().getRight());
	}

	private static String related(List<DiagnosticRelatedInformation> related) {
		if (related == null) {
			return "";
		}
		return related.stream().map(r -> r.getMessage() + "（" + fileName(r.getLocation().getUri()) + " 第 "
				+ (r.getLocation().getRange().getStart().getLine() + 1) + " 行）").collect(Collectors.joining("\n"));
	}

	private static String fileName(String uri) {
		return Path.of(URI.create(uri)).getFileName().toString();
	}

	private static int severity(DiagnosticSeverity severity) {
		if (severity == null) {
			return IMarker.SEVERITY_ERROR;
		}
		return switch (severity) {
		case Error -> IMarker.SEVERITY_ERROR;
		case Warning -> IMarker.SEVERITY_WARNING;
		default -> IMarker.SEVERITY_INFO;
		};
	}
}
