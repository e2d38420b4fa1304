package org.govreport.dsl.imports;

import java.math.BigDecimal;

/**
 * One imported cell: its number, or why there is none.
 *
 * @param status how the cell was read
 * @param value  the number (READ, WITH_UNIT), or null
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
		/**
		 * An empty cell inside a complete row: written 空, a blank as published. The standard reads it as 0
		 * (publishers leave zeros blank); check counts it so and warns that the form wants it filled (S16).
		 */
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
		return new ImportedCell(status, null, raw);
	}

	/** What the .govreport file gets for it: the number as published, 空 for a blank, otherwise ?. */
	String written() {
		return value != null ? value.toPlainString() : status == Status.BLANK ? "空" : "?";
	}

	/** Whether the file says why in a comment: everything but a number read as published or a blank. */
	boolean needsComment() {
		return status != Status.READ && status != Status.BLANK;
	}
}
