package org.govreport.dsl.export;

/**
 * One cell of a table as the official form prints it, possibly merged over several rows and columns.
 *
 * @param text       what it shows (a verbatim label, or a number; blank for an empty cell)
 * @param row        its first row in the grid, from 0
 * @param column     its first column in the grid, from 0
 * @param rowSpan    how many grid rows it covers
 * @param columnSpan how many grid columns it covers
 * @param kind       what it is
 * @param cellId     the canonical id of a number cell ({@code requests.granted.natural_person}), else null
 */
public record GridCell(String text, int row, int column, int rowSpan, int columnSpan, Kind kind, String cellId) {

	public enum Kind {
		/** Column headings, the corner, group titles above a block of rows. */
		HEADER,
		/** Row labels and the merged group labels beside them. */
		LABEL,
		/** A number of the report. */
		NUMBER
	}

	public boolean isNumber() {
		return kind == Kind.NUMBER;
	}

	public boolean isHeader() {
		return kind == Kind.HEADER;
	}
}
