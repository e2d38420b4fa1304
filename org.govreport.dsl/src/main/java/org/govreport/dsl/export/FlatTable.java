package org.govreport.dsl.export;

import java.util.List;

/**
 * A table for formats without merged cells (Markdown, text): a heading line and rows, the form's groups
 * as label-only rows before the rows they hold.
 *
 * @param caption a line printed above the table (第二十条第（一）项, the 勾稽 note), or null
 * @param header  the corner label, then the column labels
 * @param parents the headings over groups of columns (法人或其他组织), counted from the first column label
 * @param rows    the rows, in the form's order
 */
public record FlatTable(String caption, List<String> header, List<ParentHeading> parents, List<Row> rows) {

	/** The heading over the column label at {@code header().get(i)}, or null. */
	public String parentOf(int i) {
		return parents.stream().filter(p -> p.covers(i - 1)).map(ParentHeading::text).findFirst().orElse(null);
	}

	/**
	 * @param label  the verbatim row or group label
	 * @param depth  how many groups it is nested in
	 * @param cells  its numbers as printed (blank when empty); none for a group row
	 * @param cellIds the canonical ids of its cells
	 */
	public record Row(String label, int depth, List<String> cells, List<String> cellIds) {

		public boolean isGroup() {
			return cells.isEmpty();
		}
	}
}
