package org.govreport.dsl.export;

import java.util.ArrayList;
import java.util.List;

import org.govreport.dsl.formatting2.DisplayWidth;

/**
 * A flat table as aligned plain text: labels left, numbers right, widths counted in terminal columns (a
 * Chinese character takes two), nested rows indented by two columns a level.
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
		List<String> lines = new ArrayList<>();
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
