package org.govreport.dsl.imports;

import java.util.regex.Pattern;

/**
 * The HTML a page's script holds in string literals ({@code var content = "<p>…<\/p>";} then written into
 * the page), so that a report delivered that way is read like the rest of the page. The literals that
 * hold markup are joined in order, their escapes ({@code \"}, {@code \/}, {@code \n}, {@code \u4e00})
 * undone.
 */
final class ScriptHtml {

	private static final Pattern TAG = Pattern.compile("<(p|div|table|tr|td|span|br|h[1-6])\\b", Pattern.CASE_INSENSITIVE);

	private ScriptHtml() {
	}

	/** The markup in the script's string literals, or "" when they hold none. */
	static String of(String script) {
		StringBuilder html = new StringBuilder();
		for (int i = 0; i < script.length(); i++) {
			char quote = script.charAt(i);
			if (quote != '"' && quote != '\'') {
				continue;
			}
			int end = closing(script, i + 1, quote);
			if (end < 0) {
				break;
			}
			String text = unescape(script.substring(i + 1, end));
			if (TAG.matcher(text).find()) {
				html.append(text);
			}
			i = end;
		}
		return html.toString();
	}

	/** Where a string literal opened before {@code from} closes, or -1 (a line ends it unclosed). */
	private static int closing(String script, int from, char quote) {
		for (int i = from; i < script.length(); i++) {
			char c = script.charAt(i);
			if (c == '\\') {
				i++;
			} else if (c == quote) {
				return i;
			} else if (c == '\n') {
				return -1;
			}
		}
		return -1;
	}

	private static String unescape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c != '\\' || i + 1 == text.length()) {
				out.append(c);
				continue;
			}
			char next = text.charAt(++i);
			switch (next) {
			case 'n' -> out.append('\n');
			case 't' -> out.append('\t');
			case 'r' -> out.append('\r');
			case 'u' -> {
				if (i + 4 < text.length() && text.substring(i + 1, i + 5).matches("[0-9a-fA-F]{4}")) {
					out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
					i += 4;
				} else {
					out.append(next);
				}
			}
			default -> out.append(next); // \" \' \/ \\
			}
		}
		return out.toString();
	}
}
