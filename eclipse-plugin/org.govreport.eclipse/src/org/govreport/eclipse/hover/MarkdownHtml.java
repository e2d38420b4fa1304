package org.govreport.eclipse.hover;

import java.util.regex.Pattern;

/**
 * The server's hover Markdown as the little HTML a JFace hover shows without a browser: paragraphs,
 * bullet lists, bold, and code (set in bold too, since the hover has no second font).
 */
final class MarkdownHtml {

	private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");

	private static final Pattern CODE = Pattern.compile("`([^`]+)`");

	private MarkdownHtml() {
	}

	static String of(String markdown) {
		StringBuilder html = new StringBuilder();
		for (String paragraph : markdown.strip().split("\n\\s*\n")) {
			html.append("<p>");
			String[] lines = paragraph.split("\n");
			for (int i = 0; i < lines.length; i++) {
				String line = lines[i].strip();
				boolean item = line.startsWith("- ") || line.startsWith("* ");
				if (i > 0) {
					html.append("<br>");
				}
				html.append(item ? "• " + inline(line.substring(2)) : inline(line));
			}
			html.append("</p>");
		}
		return html.toString();
	}

	private static String inline(String text) {
		String escaped = escape(text);
		escaped = BOLD.matcher(escaped).replaceAll("<b>$1</b>");
		return CODE.matcher(escaped).replaceAll("<b>$1</b>");
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}
}
