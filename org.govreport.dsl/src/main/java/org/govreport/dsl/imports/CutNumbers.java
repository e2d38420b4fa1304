package org.govreport.dsl.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * Numbers cut in two by a hard line wrap ({@code …| 30} then {@code 7 | …} for 307). A line of several
 * cells that ends in a number, followed by a line that starts with a number in its first column, has one
 * number cut at the wrap: a separator would have stood on one side or the other. The two lines are
 * joined with {@value #MARK} between the pieces, so that the cut number is read as an unreadable cell
 * (never as two numbers, never guessed whole) and the rest of the row keeps its columns.
 */
final class CutNumbers {

	static final String MARK = "…";

	private CutNumbers() {
	}

	static List<String> join(List<String> lines, LineReadings readings) {
		List<String> out = new ArrayList<>(lines.size());
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			while (i + 1 < lines.size() && isCut(line, lines.get(i + 1), readings)) {
				line = line + MARK + lines.get(++i);
			}
			out.add(line);
		}
		return out;
	}

	private static boolean isCut(String line, String next, LineReadings readings) {
		if (line.isEmpty() || next.isEmpty() || !Character.isDigit(line.charAt(line.length() - 1)) || !Character.isDigit(next.charAt(0))) {
			return false;
		}
		List<Token> before = readings.cells(line);
		List<Token> after = readings.cells(next);
		return before.size() > 1 && before.get(before.size() - 1).kind() == Token.Kind.VALUE
				&& after.get(0).kind() == Token.Kind.VALUE; // not 2.其他… : a numbered label starts the next row
	}
}
