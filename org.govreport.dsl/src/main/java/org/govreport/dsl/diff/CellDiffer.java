package org.govreport.dsl.diff;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.govreport.dsl.form.CellRef;
import org.govreport.dsl.form.ColumnSpec;
import org.govreport.dsl.form.RowSpec;
import org.govreport.dsl.form.TableSpec;
import org.govreport.dsl.govReport.Cell;
import org.govreport.dsl.govReport.Row;
import org.govreport.dsl.report.ResolvedReport;

/**
 * Compares the tables of two reports cell by cell, by canonical id: two reports of different formats are
 * compared on the cells their forms share, and a row is named by the new report's form.
 */
final class CellDiffer {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private CellDiffer() {
	}

	static List<TableChanges> diff(ResolvedReport old, ResolvedReport now) {
		List<TableChanges> tables = new ArrayList<>();
		for (TableSpec table : now.form().tables()) {
			old.form().table(table.id()).ifPresent(oldTable -> {
				List<RowChange> rows = new ArrayList<>();
				List<CellChange> cells = new ArrayList<>();
				for (RowSpec row : table.rows()) {
					oldTable.row(row.id()).ifPresent(oldRow -> diffRow(old, oldRow, now, row, rows, cells));
				}
				if (!rows.isEmpty() || !cells.isEmpty()) {
					tables.add(new TableChanges(table.id(), DiffNames.heading(now.form(), table.id()), rows, cells));
				}
			});
		}
		return tables;
	}

	private static void diffRow(ResolvedReport old, RowSpec oldRow, ResolvedReport now, RowSpec row,
			List<RowChange> rows, List<CellChange> cells) {
		Optional<Row> before = old.row(oldRow);
		Optional<Row> after = now.row(row);
		String id = row.table() + "." + row.id();
		if (before.isEmpty() && after.isPresent()) {
			rows.add(new RowChange(id, DiffNames.row(now.form(), row), true, values(after.get())));
		} else if (before.isPresent() && after.isEmpty()) {
			rows.add(new RowChange(id, DiffNames.row(now.form(), row), false, values(before.get())));
		} else if (before.isPresent()) {
			for (ColumnSpec column : row.columns()) {
				ColumnSpec oldColumn = oldRow.column(column.id());
				if (oldColumn == null) {
					continue;
				}
				Optional<Cell> a = old.cell(oldRow, oldColumn);
				Optional<Cell> b = now.cell(row, column);
				if (!CellValues.same(a, b)) {
					cells.add(change(now, new CellRef(row, column), a, b));
				}
			}
		}
	}

	private static CellChange change(ResolvedReport now, CellRef cell, Optional<Cell> a, Optional<Cell> b) {
		BigDecimal x = a.map(Cell::getValue).orElse(null);
		BigDecimal y = b.map(Cell::getValue).orElse(null);
		BigDecimal delta = x != null && y != null ? y.subtract(x) : null;
		// A change from 0 has no meaningful per cent.
		BigDecimal percent = delta != null && x.signum() != 0
				? delta.multiply(HUNDRED).divide(x.abs(), 1, RoundingMode.HALF_UP)
				: null;
		return new CellChange(cell.id(), DiffNames.cell(now.form(), cell), CellValues.text(a), CellValues.text(b),
				delta, percent);
	}

	private static List<String> values(Row row) {
		return row.getCells().stream().map(c -> CellValues.text(Optional.of(c))).toList();
	}
}
