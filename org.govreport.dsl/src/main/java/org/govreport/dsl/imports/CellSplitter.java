package org.govreport.dsl.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits one source line of a table region into cells. Scraped and converted tables separate cells by
 * {@code |} (web text), tabs (copied from a browser, Word and HTML rows as extracted here) or runs of
 * two or more spaces ({@code pdftotext -layout}). Empty cells at the start or end of a line are layout
 * (merged cells, indentation) and dropped; an empty cell after a filled one is a blank cell — but a
 * line's last {@code |} only closes its last cell, and trailing spaces are never cells.
 */
final class CellSplitter {

	/** A run of numbers separated by single spaces: {@code 0 0 1} in a narrow layout column. */
	private static final Pattern NUMBER_RUN = Pattern.compile("[-0-9.,]+(?:[ \\u3000]+[-0-9.,]+)+");

	/** The spaces between the words of a cell, or the numbers of a run. */
	private static final Pattern WORD_GAP = Pattern.compile("[ \\u3000]+");

	private CellSplitter() {
	}

	static List<Token> split(String line, int index) {
		List<String> parts = CellGaps.split(withoutLineEnd(line));
		int first = 0;
		while (first < parts.size() && parts.get(first).isBlank()) {
			first++;
		}
		List<Token> tokens = new ArrayList<>();
		for (int i = first; i < parts.size(); i++) {
			String part = parts.get(i).strip();
			if (mayBeNumberRun(part) && NUMBER_RUN.matcher(part).matches()) {
				for (String number : words(part)) {
					tokens.add(Token.of(number, index));
				}
			} else {
				tokens.add(Token.of(part, index));
			}
		}
		return tokens;
	}

	/** What {@link #NUMBER_RUN} needs at least: a first character of a number and a space further on. */
	private static boolean mayBeNumberRun(String part) {
		if (part.isEmpty() || "-0123456789.,".indexOf(part.charAt(0)) < 0) {
			return false;
		}
		return part.indexOf(' ') > 0 || part.indexOf('\u3000') > 0;
	}

	/** A cell's text split at its spaces (行政复议 行政诉讼, 1 0 0). */
	static String[] words(String text) {
		return WORD_GAP.split(text);
	}

	/**
	 * The line without its end: trailing spaces, then the last {@code |} that closes the last cell, then
	 * the spaces before it. (Walked back from the end: a regular expression anchored at the end is tried
	 * at every position of the line.)
	 */
	private static String withoutLineEnd(String line) {
		int end = skipSpacesBack(line, line.length());
		if (end > 0 && (line.charAt(end - 1) == '|' || line.charAt(end - 1) == '｜')) {
			end = skipSpacesBack(line, end - 1);
		}
		return line.substring(0, end);
	}

	private static int skipSpacesBack(String line, int end) {
		while (end > 0 && CellGaps.isSpace(line.charAt(end - 1))) {
			end--;
		}
		return end;
	}
}
