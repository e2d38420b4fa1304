package org.govreport.dsl.form;

/**
 * One cell of the form: a row and one of its columns. Its {@link #id()} is the canonical id
 * ({@code requests.granted.natural_person}); its {@link #name()} is how messages name it to users.
 */
public record CellRef(RowSpec row, ColumnSpec column) {

	public String id() {
		return row.cellId(column);
	}

	/**
	 * The row's short label and the column's label: {@code 予以公开·自然人}. A row whose label is also
	 * a column label (总计) is named by the form's verbatim label ({@code （七）总计·自然人}), so the
	 * two cannot be confused.
	 */
	public String name() {
		return rowName(row) + "·" + column.label();
	}

	/** How users read a row's name in messages. */
	public static String rowName(RowSpec row) {
		boolean clashes = row.columns().stream().anyMatch(c -> c.label().equals(row.label()));
		return clashes ? row.verbatim() : row.label();
	}
}
