package org.govreport.dsl.diff;

import java.math.BigDecimal;
import java.util.Optional;

import org.govreport.dsl.govReport.Cell;

/** A written cell as the diff shows and compares it. */
final class CellValues {

	/** A cell the row does not write (the row is shorter than the form's). */
	static final String ABSENT = "（缺）";

	private CellValues() {
	}

	/** The cell as written: its number with its decimals, ?, 空, or {@link #ABSENT}. */
	static String text(Optional<Cell> cell) {
		if (cell.isEmpty()) {
			return ABSENT;
		}
		Cell c = cell.get();
		return c.getValue() != null ? c.getValue().toPlainString() : c.isBlank() ? "空" : "?";
	}

	/** The same value: equal text, or numbers equal whatever their trailing zeros (0.5 and 0.50 万元). */
	static boolean same(Optional<Cell> a, Optional<Cell> b) {
		BigDecimal x = a.map(Cell::getValue).orElse(null);
		BigDecimal y = b.map(Cell::getValue).orElse(null);
		return x != null && y != null ? x.compareTo(y) == 0 : text(a).equals(text(b));
	}
}
