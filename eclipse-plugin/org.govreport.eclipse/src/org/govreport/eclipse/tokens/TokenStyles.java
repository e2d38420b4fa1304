package org.govreport.eclipse.tokens;

import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;

/**
 * A look for each LSP token type the server uses (heading, row label, keyword, number, prose,
 * comment); the token types come from the server, so no word of the language is listed here. Totals
 * (modifier {@code readonly}) are set in italics: the form computes them. The connection announces these
 * types and the modifier to the server, the highlighting colours with them: one list for both.
 */
public final class TokenStyles {

	private record Look(Color colour, int fontStyle) {
	}

	private static final Map<String, Look> LOOKS = Map.of(
			"namespace", new Look(new Color(0x1f, 0x4e, 0x9a), SWT.BOLD),
			"property", new Look(new Color(0x6a, 0x1b, 0x9a), SWT.NORMAL),
			"keyword", new Look(new Color(0x7f, 0x00, 0x55), SWT.BOLD),
			"number", new Look(new Color(0x09, 0x86, 0x58), SWT.NORMAL),
			"comment", new Look(new Color(0x6a, 0x73, 0x7d), SWT.ITALIC),
			"string", new Look(new Color(0x3c, 0x3c, 0x3c), SWT.NORMAL),
			"type", new Look(new Color(0x26, 0x7f, 0x99), SWT.NORMAL),
			"variable", new Look(new Color(0x00, 0x10, 0x80), SWT.NORMAL));

	/** The token types this client colours. */
	public static final List<String> TYPES = List.copyOf(LOOKS.keySet());

	/** Marks the totals the form computes. */
	public static final String TOTAL_MODIFIER = "readonly";

	private TokenStyles() {
	}

	/** Null for a token type without a look of its own. */
	public static StyleRange of(String type, boolean total, int start, int length) {
		Look look = LOOKS.get(type);
		if (look == null) {
			return null;
		}
		return new StyleRange(start, length, look.colour(), null, total ? look.fontStyle() | SWT.ITALIC : look.fontStyle());
	}
}
