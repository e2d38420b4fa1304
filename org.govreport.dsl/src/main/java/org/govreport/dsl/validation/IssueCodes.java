package org.govreport.dsl.validation;

import org.govreport.dsl.linking.GovReportLinkingMessages;
import org.govreport.dsl.parser.GovReportSyntaxErrorMessages;

/**
 * Every stable code a finding can carry. Users, scripts and quick fixes rely on them: never reuse or
 * renumber a code. docs/rules.md explains each in one line.
 */
public final class IssueCodes {

	// Parse and link errors.
	public static final String SYNTAX = GovReportSyntaxErrorMessages.SYNTAX; // P1
	public static final String UNRESOLVED_PREVIOUS = GovReportLinkingMessages.UNRESOLVED; // P2

	// Arithmetic of the standard. The sum rules' codes (R1–R4) are data: each rule in forms.json carries its own.
	public static final String DOMAIN = "R5";
	public static final String CARRY_OVER = "R6";

	// Warnings of the standard.
	public static final String PROSE_NUMBER = "W1";
	public static final String STOCK = "W2";
	public static final String PLAUSIBILITY = "W3";
	public static final String FEE_STATEMENT = "W4";
	public static final String SAME_AS_LAST_YEAR = "W5";
	public static final String LENGTH = "W6";

	// Structure.
	public static final String MISSING_SECTION = "S1";
	public static final String SECTION_ORDER = "S2";
	public static final String UNKNOWN_SECTION = "S3";
	public static final String TABLE_PLACEMENT = "S4";
	public static final String MISSING_ROWS = "S5";
	public static final String DUPLICATE_ROW = "S6";
	public static final String UNKNOWN_ROW = "S7";
	public static final String CELL_COUNT = "S8";
	public static final String HEADER = "S9";
	public static final String YEAR = "S10";
	public static final String UNKNOWN_FORMAT = "S11";
	public static final String FOREIGN_ROW = "S12";
	public static final String FORMAT_FOR_YEAR = "S13";
	public static final String PREVIOUS_YEAR = "S14";
	public static final String UNKNOWN_PLACEHOLDER = "S15";
	public static final String BLANK_CELLS = "S16";
	public static final String EMPTY_ORGAN = "S17";
	public static final String DATE = "S18";
	public static final String DATE_TOO_EARLY = "S19";
	public static final String CONTROL_CHARACTER = "S20";

	// Acknowledged warnings (# govreport: 忽略 W2 ——理由, see Acknowledgements).
	public static final String UNUSED_ACKNOWLEDGEMENT = "I1";
	public static final String ACKNOWLEDGEMENT_WITHOUT_REASON = "I2";

	private IssueCodes() {
	}
}
