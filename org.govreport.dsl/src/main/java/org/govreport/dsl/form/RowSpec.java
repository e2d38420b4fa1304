package org.govreport.dsl.form;

import java.util.List;
import java.util.Objects;

/**
 * A row of a table.
 *
 * @param table    the id of the table it belongs to
 * @param id       canonical id (granted, denied.state_secret …)
 * @param label    the label a report writes at the start of the row
 * @param verbatim the form's own label, printed by exports
 * @param groups   the form's merged group cells around it, outermost first (三、本年度办理结果, （三）不予公开)
 * @param columns  its cells, in the form's column order
 * @param basis    the legal basis, for hover and help texts (may be null)
 * @param help     what counts in this row, for hover and help texts (may be null)
 */
public record RowSpec(String table, String id, String label, String verbatim, List<String> groups,
		List<ColumnSpec> columns, String basis, String help) {

	public ColumnSpec column(String columnId) {
		int index = columnIndex(columnId);
		return index < 0 ? null : columns.get(index);
	}

	public int columnIndex(String columnId) {
		for (int i = 0; i < columns.size(); i++) {
			if (columns.get(i).id().equals(columnId)) {
				return i;
			}
		}
		return -1;
	}

	/** The canonical id of one of its cells: {@code requests.granted.natural_person}. */
	public String cellId(ColumnSpec column) {
		return table + "." + id + "." + column.id();
	}

	/** By its identifying components (equal records share them): the default hashes the whole nested form on every lookup. */
	@Override
	public int hashCode() {
		return 31 * Objects.hashCode(table) + Objects.hashCode(id);
	}
}
