package org.govreport.dsl.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a table line's cells part: at a {@code |}, {@code ｜} or tab, and at a run of two or more spaces
 * (ASCII, ideographic or no-break). The same parts as splitting at
 * {@code [|｜\t]|[ \u3000\u00A0]{2,}} with a negative limit, found in one pass over the line: every line of
 * every report goes through here, and a regular expression's matcher cost more than the reading around it.
 */
public final class CellGaps {

	private CellGaps() {
	}

	/** The parts between the gaps, empty ones included (a line without a gap is one part). */
	public static List<String> split(String line) {
		List<String> parts = new ArrayList<>();
		int start = 0;
		int i = 0;
		while (i < line.length()) {
			char c = line.charAt(i);
			if (c == '|' || c == '｜' || c == '\t') {
				parts.add(line.substring(start, i));
				start = ++i;
			} else if (isSpace(c) && i + 1 < line.length() && isSpace(line.charAt(i + 1))) {
				parts.add(line.substring(start, i));
				i += 2;
				while (i < line.length() && isSpace(line.charAt(i))) {
					i++;
				}
				start = i;
			} else {
				i++;
			}
		}
		parts.add(line.substring(start));
		return parts;
	}

	/** A space that widens a gap: ASCII, ideographic or no-break. */
	static boolean isSpace(char c) {
		return c == ' ' || c == '\u3000' || c == '\u00A0';
	}
}
