package org.govreport.dsl.form;

import java.util.List;

/**
 * One arithmetic rule of a table (R1–R4 of the standard).
 *
 * <ul>
 * <li>{@link Kind#ROW_TOTAL}: in every row, column {@code total} = Σ columns {@code terms};</li>
 * <li>{@link Kind#COLUMN_TOTAL}: in every column, row {@code total} = Σ rows {@code terms};</li>
 * <li>{@link Kind#BALANCE}: in every column, Σ rows {@code left} = Σ rows {@code right}.</li>
 * </ul>
 */
public record SumRule(String code, Kind kind, String total, List<String> terms, List<String> left,
		List<String> right) {

	public enum Kind {
		ROW_TOTAL, COLUMN_TOTAL, BALANCE
	}
}
