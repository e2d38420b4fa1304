package org.govreport.dsl.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

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

	private static final String FIXTURE = Fixture.consistent().text();

	private static final int CELLS = cellCount(FIXTURE);

	/** The fixture's text with random cells and random spacing, for properties. */
	public static Arbitrary<String> reports() {
		return Arbitraries.randomValue(GeneratedReports::report);
	}

	/** One such report, drawn with {@code random} (for tests outside jqwik, with a seed of their own). */
	public static String report(Random random) {
		List<Integer> values = new ArrayList<>();
		List<Integer> gaps = new ArrayList<>();
		for (int i = 0; i < CELLS; i++) {
			values.add(random.nextInt(100_000));
			gaps.add(1 + random.nextInt(6));
		}
		return fill(FIXTURE, values, gaps);
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
