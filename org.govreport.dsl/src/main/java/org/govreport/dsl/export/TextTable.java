package org.govreport.dsl.export;

import java.util.ArrayList;
import java.util.List;

import org.govreport.dsl.formatting2.DisplayWidth;

/**
 * A flat table as aligned plain text: labels left, numbers right, widths counted in terminal columns (a
 * Chinese character takes two), nested rows indented by two columns a level, parent headings on a line of
 * their own above the column labels.
 */
public final class TextTable {

	private static final String GAP = "  ";

	private TextTable() {
	}

	public static List<String> lines(FlatTable table) {
		int columns = table.header().size();
		int[] widths = new int[columns];
		measure(widths, table.header(), 0);
		for (FlatTable.Row row : table.rows()) {
			widths[0] = Math.max(widths[0], 2 * row.depth() + DisplayWidth.of(row.label()));
			if (!row.isGroup()) {
				measure(widths, row.cells(), 1);
			}
		}
		table.parents().forEach(parent -> fit(widths, parent));
		List<String> lines = new ArrayList<>();
		if (!table.parents().isEmpty()) {
			lines.add(parentLine(widths, table.parents()));
		}
		lines.add(line(widths, table.header(), ""));
		for (FlatTable.Row row : table.rows()) {
			List<String> cells = new ArrayList<>();
			cells.add(row.label());
			cells.addAll(row.cells());
			lines.add(line(widths, cells, " ".repeat(2 * row.depth())));
		}
		return lines;
	}

	private static void measure(int[] widths, List<String> cells, int from) {
		for (int i = 0; i < cells.size(); i++) {
			widths[from + i] = Math.max(widths[from + i], DisplayWidth.of(cells.get(i)));
		}
	}

	/** Widens the last column under a parent heading that is wider than its columns. */
	private static void fit(int[] widths, ParentHeading parent) {
		int last = 1 + parent.last();
		int room = end(widths, last) - start(widths, 1 + parent.first());
		widths[last] += Math.max(0, DisplayWidth.of(parent.text()) - room);
	}

	/**
	 * The line above the column labels: each parent heading centred in a rule of dashes exactly as wide as
	 * its columns, so that it is clear which columns it stands over (a bare heading seems to belong to the
	 * one or two under it). ASCII dashes, because box-drawing lines take two columns in some CJK terminals.
	 */
	private static String parentLine(int[] widths, List<ParentHeading> parents) {
		StringBuilder out = new StringBuilder();
		for (ParentHeading parent : parents) {
			int start = start(widths, 1 + parent.first());
			int fill = end(widths, 1 + parent.last()) - start - DisplayWidth.of(parent.text());
			out.append(" ".repeat(start - DisplayWidth.of(out.toString()))).append("-".repeat(fill / 2))
					.append(parent.text()).append("-".repeat(fill - fill / 2));
		}
		return out.toString();
	}

	/** Where column {@code c} (from 1) starts on a line, in display columns. */
	private static int start(int[] widths, int c) {
		int x = widths[0];
		for (int i = 1; i < c; i++) {
			x += GAP.length() + widths[i];
		}
		return x + GAP.length();
	}

	private static int end(int[] widths, int c) {
		return start(widths, c) + widths[c];
	}

	private static String line(int[] widths, List<String> cells, String indent) {
		StringBuilder out = new StringBuilder(indent).append(cells.get(0));
		if (cells.size() > 1) {
			out.append(" ".repeat(widths[0] - DisplayWidth.of(out.toString())));
		}
		for (int i = 1; i < cells.size(); i++) {
			out.append(GAP).append(" ".repeat(widths[i] - DisplayWidth.of(cells.get(i)))).append(cells.get(i));
		}
		return out.toString().stripTrailing();
	}
}
