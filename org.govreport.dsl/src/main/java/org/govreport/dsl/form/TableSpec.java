package org.govreport.dsl.form;

import java.util.List;
import java.util.Optional;

/**
 * A table of the form: its rows in order (each with its own columns) and its sum rules.
 *
 * @param id     canonical id (proactive, requests, appeals)
 * @param corner the label of the header's corner cell (申请人情况)
 * @param note   the form's note printed with the table, or null
 * @param rows   every row, in the form's order
 * @param rules  the arithmetic the table must satisfy
 * @param layout how the official form prints it
 */
public record TableSpec(String id, String corner, String note, List<RowSpec> rows, List<SumRule> rules,
		Layout layout) {

	/** How the official form lays a table out on the page. */
	public enum Layout {
		/** Rows down the page, columns across (tables 2 and 3). */
		DOWN,
		/**
		 * The model's rows side by side as groups of columns, their cells in one line (table 4: 行政复议 and
		 * 行政诉讼 across the top, the numbers in a single row).
		 */
		ACROSS
	}

	public Optional<RowSpec> row(String rowId) {
		return rows.stream().filter(r -> r.id().equals(rowId)).findFirst();
	}

	public Optional<RowSpec> rowByLabel(String label) {
		return rows.stream().filter(r -> r.label().equals(label)).findFirst();
	}

	/** The distinct column lists of the table, in order: one for tables 3 and 4, one per item in table 2. */
	public List<List<ColumnSpec>> columnBlocks() {
		return rows.stream().map(RowSpec::columns).distinct().toList();
	}
}
