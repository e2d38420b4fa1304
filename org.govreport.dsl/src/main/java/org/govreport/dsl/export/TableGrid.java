package org.govreport.dsl.export;

import java.util.List;

import org.govreport.dsl.form.TableSpec;

/**
 * A table laid out as the official form prints it: a grid of {@code width} × {@code height} positions
 * covered by merged cells. HTML prints the cells that start on each row (rowspan/colspan); DOCX walks
 * every position (gridSpan/vMerge).
 *
 * @param spec       the form's table
 * @param width      number of grid columns
 * @param headerRows how many rows at the top are headings
 * @param rows       for each grid row, the cells that start on it, left to right
 */
public record TableGrid(TableSpec spec, int width, int headerRows, List<List<GridCell>> rows) {

	public int height() {
		return rows.size();
	}

	/** The cell that covers a position (the one starting there, or a merged cell from above or the left). */
	public GridCell at(int row, int column) {
		for (int r = row; r >= 0; r--) {
			for (GridCell cell : rows.get(r)) {
				if (cell.column() <= column && column < cell.column() + cell.columnSpan()
						&& row < cell.row() + cell.rowSpan()) {
					return cell;
				}
			}
		}
		throw new IllegalArgumentException("no cell covers " + row + "," + column + " in " + spec.id());
	}
}
