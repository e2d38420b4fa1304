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
 */
public record TableSpec(String id, String corner, String note, List<RowSpec> rows, List<SumRule> rules) {

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
