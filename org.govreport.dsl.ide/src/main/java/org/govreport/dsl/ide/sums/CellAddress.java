package org.govreport.dsl.ide.sums;

import org.govreport.dsl.form.ColumnSpec;
import org.govreport.dsl.form.RowSpec;

/** What a cell stands for in the form: its row and its column. */
public record CellAddress(RowSpec row, ColumnSpec column) {

	/** The canonical id: {@code requests.granted.natural_person}. */
	public String id() {
		return row.cellId(column);
	}

	/** How a clerk names the cell: 予以公开 × 自然人. */
	public String describe() {
		return row.label() + " × " + column.label();
	}
}
