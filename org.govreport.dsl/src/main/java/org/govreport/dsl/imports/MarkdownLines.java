package org.govreport.dsl.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The lines of a Markdown report (the tool's own {@code export --to md}, or a PDF converted to
 * Markdown) as the text importer reads them: heading marks, bold marks and backslash escapes taken
 * off, table rows as tab-separated cells, the rule under a table's header left out (it holds no text).
 */
final class MarkdownLines {

	private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}[ \\t]+");
	/**
	 * A table's header rule: | --- | :---: |. Written so that no two runs of spaces stand side by side: with
	 * {@code \s*\|?\s*} a long indentation before a line of dashes was tried in every split of the two.
	 */
	private static final Pattern TABLE_RULE = Pattern.compile("^\\s*(?:\\|\\s*)?:?-{3,}:?\\s*(?:\\|\\s*:?-{3,}:?\\s*)*(?:\\|\\s*)?$");
	/** CommonMark lets a backslash escape any ASCII punctuation character. */
	private static final Pattern ESCAPE = Pattern.compile("\\\\([!-/:-@\\[-`{-~])");
	private static final Pattern BOLD = Pattern.compile("(?<!\\\\)\\*\\*");

	private MarkdownLines() {
	}

	/** Whether a text is Markdown: named so, or with a table rule or two numbered section headings marked #. */
	static boolean is(String name, String text) {
		if (name.endsWith(".md") || name.endsWith(".markdown")) {
			return true;
		}
		// Line by line without cutting the text into lines: only a line that may be Markdown is copied out.
		int headings = 0;
		for (int start = 0; start >= 0;) {
			int end = ReportImport.lineEnd(text, start);
			char first = firstNonBlank(text, start, end);
			if ((first == '|' || first == '-' || first == ':') && isTableRule(text.substring(start, end))) {
				return true;
			}
			if (first == '#' && HEADING.matcher(text.substring(start, end)).find() && ++headings >= 2) {
				return true;
			}
			start = ReportImport.nextLine(text, end);
		}
		return false;
	}

	static List<String> of(String text) {
		List<String> lines = new ArrayList<>();
		for (String line : ReportImport.lines(text)) {
			if (isTableRule(line)) {
				continue;
			}
			String stripped = line.strip();
			if (stripped.startsWith("|")) {
				lines.add(String.join("\t", cells(stripped)));
			} else {
				lines.add(plain(HEADING.matcher(line).replaceFirst("")));
			}
		}
		return lines;
	}

	/** The first character of {@code text[start, end)} that is not white space, or a space. */
	private static char firstNonBlank(String text, int start, int end) {
		for (int i = start; i < end; i++) {
			if (!Character.isWhitespace(text.charAt(i))) {
				return text.charAt(i);
			}
		}
		return ' ';
	}

	private static boolean isTableRule(String line) {
		return line.contains("-") && TABLE_RULE.matcher(line).matches();
	}

	/** The cells of a table row: split at the | that are not escaped, outer | dropped. */
	private static List<String> cells(String row) {
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		for (int i = 1; i < row.length(); i++) {
			char c = row.charAt(i);
			if (c == '\\' && i + 1 < row.length()) {
				cell.append(c).append(row.charAt(++i));
			} else if (c == '|') {
				cells.add(plain(cell.toString()).strip());
				cell.setLength(0);
			} else {
				cell.append(c);
			}
		}
		if (!cell.toString().isBlank()) {
			cells.add(plain(cell.toString()).strip());
		}
		return cells;
	}

	private static String plain(String text) {
		return ESCAPE.matcher(BOLD.matcher(text).replaceAll("")).replaceAll("$1");
	}
}
