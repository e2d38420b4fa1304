package org.govreport.dsl.region;

/**
 * A finding of the audit across reports: about one report (carry-over from the paired report, lateness,
 * prose copied from last year) or about the region (a missing report, a duplicate, an unknown organ, an
 * ambiguous name, two organs with the same text). Codes A1–A8 (and R6, W2 from the pairing) are listed in
 * docs/rules.md.
 *
 * @param path   the report it is about; for a missing report, the roster file
 * @param line   the line in that file (the cell of R6, the roster's line of a missing organ), from 1
 * @param organ  the organ's name as written in the report or the roster
 * @param year   the year it is about; 0 when it is about every year (an unknown or ambiguous organ)
 */
public record RegionFinding(String code, String severity, String path, int line, int column, String organ, int year,
		String message) {

	/** A report that is not in the folder although the roster lists its organ. */
	public static final String MISSING = "A1";
	/** Two or more reports of one organ and year. */
	public static final String DUPLICATE = "A2";
	/** A report of an organ the roster does not list. */
	public static final String UNKNOWN_ORGAN = "A3";
	/** A name that fits more than one organ: its reports are not paired, never guessed. */
	public static final String AMBIGUOUS = "A4";
	/** Published after the deadline. */
	public static final String LATE = "A5";
	/** No real 发布日期: whether it was on time is unknown. */
	public static final String NO_DATE = "A6";
	/** Sections mostly the same as the organ's report of the previous year. */
	public static final String COPIED_FROM_LAST_YEAR = "A7";
	/** Near-identical sections in the reports of two organs of one year. */
	public static final String SAME_AS_ANOTHER_ORGAN = "A8";

	public static RegionFinding error(String code, String path, int line, int column, String organ, int year, String message) {
		return new RegionFinding(code, "error", path, line, column, organ, year, message);
	}

	public static RegionFinding warning(String code, String path, int line, int column, String organ, int year,
			String message) {
		return new RegionFinding(code, "warning", path, line, column, organ, year, message);
	}

	public boolean isError() {
		return "error".equals(severity);
	}
}
