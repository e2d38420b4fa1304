package org.govreport.dsl.tests;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Reports for properties: the consistent fixture with every table cell drawn at random (sums need not
 * hold) and the spaces between cells drawn at random too, so that its layout is not canonical.
 */
public final class GeneratedReports {

	/** A table row: indentation, a label, then its cells. */
	private static final Pattern ROW = Pattern.compile("(?m)^(\\s+)(\\p{IsHan}[^\\s]*)((?:[ \\t]+[0-9.]+)+)[ \\t]*$");

	private static final Pattern CELL = Pattern.compile("[0-9.]+");

	private GeneratedReports() {
	}

	/** The fixture's text with random cells and random spacing. */
	public static Arbitrary<String> reports() {
		String text = Fixture.consistent().text();
		int cells = cellCount(text);
		Arbitrary<List<Integer>> values = Arbitraries.integers().between(0, 99_999).list().ofSize(cells);
		Arbitrary<List<Integer>> gaps = Arbitraries.integers().between(1, 6).list().ofSize(cells);
		return Combinators.combine(values, gaps).as((v, g) -> fill(text, v, g));
	}

	private static int cellCount(String text) {
		int count = 0;
		Matcher row = ROW.matcher(text);
		while (row.find()) {
			count += (int) CELL.matcher(row.group(3)).results().count();
		}
		return count;
	}

	private static String fill(String text, List<Integer> values, List<Integer> gaps) {
		StringBuilder out = new StringBuilder();
		Matcher row = ROW.matcher(text);
		int next = 0;
		while (row.find()) {
			StringBuilder cells = new StringBuilder();
			Matcher cell = CELL.matcher(row.group(3));
			while (cell.find()) {
				cells.append(" ".repeat(gaps.get(next))).append(values.get(next));
				next++;
			}
			row.appendReplacement(out, Matcher.quoteReplacement(row.group(1) + row.group(2) + cells));
		}
		row.appendTail(out);
		return out.toString();
	}
}
