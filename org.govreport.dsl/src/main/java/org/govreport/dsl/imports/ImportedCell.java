package org.govreport.dsl.imports;

import java.math.BigDecimal;

/**
 * One imported cell: its number, or why there is none.
 *
 * @param status how the cell was read
 * @param value  the number (READ), 0 (BLANK), or null
 * @param raw    the published text of the cell, for notes
 */
public record ImportedCell(Status status, BigDecimal value, String raw) {

	public enum Status {
		/** A number, as published. */
		READ,
		/**
		 * A sum of money printed with its unit (251000元) in a column whose form names no unit (the 2019
		 * format's 采购总金额): the number as published, its unit in a note.
		 */
		WITH_UNIT,
		/** An empty cell inside a complete row: imported as 0, with a note (the form wants every cell filled; publishers leave 0 blank). */
		BLANK,
		/** Published as / or —: not applicable; written as ? with a note. */
		NOT_APPLICABLE,
		/** Text that is not a number (x, O, 5件) or a row whose cells cannot be placed: written as ?. */
		UNREADABLE,
		/** The row is not in the published table at all: written as ?. */
		MISSING
	}

	static ImportedCell read(BigDecimal value, String raw) {
		return new ImportedCell(Status.READ, value, raw);
	}

	static ImportedCell withUnit(BigDecimal value, String raw) {
		return new ImportedCell(Status.WITH_UNIT, value, raw);
	}

	static ImportedCell of(Status status, String raw) {
		return new ImportedCell(status, status == Status.BLANK ? BigDecimal.ZERO : null, raw);
	}

	/** Whether the .govreport file gets a number for it (otherwise ?). */
	public boolean hasValue() {
		return value != null;
	}
}
