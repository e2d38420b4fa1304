package org.govreport.dsl.export;

import java.math.BigDecimal;
import java.util.Optional;

/** How a cell's number is printed: as written (0.50 stays 0.50), blank when the cell is missing, blank (空) or unknown (?). */
public final class CellText {

	private CellText() {
	}

	public static String of(BigDecimal value) {
		return value.toPlainString();
	}

	public static String of(Optional<BigDecimal> value) {
		return value.map(CellText::of).orElse("");
	}
}
