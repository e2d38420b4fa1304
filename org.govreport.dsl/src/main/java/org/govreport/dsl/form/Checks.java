package org.govreport.dsl.form;

import java.util.List;

/**
 * What the checks beyond the tables' own sums look at, read from the {@code checks} block of
 * forms.json: which cells carry over from last year (R6), the stock of normative documents (W2),
 * which words in prose state a table value (W1), which sections W4–W6 read, and the plausibility
 * hints (W3). The rules' logic lives in the validators; the form's facts live here.
 */
public record Checks(CarryOver carryOver, Stock stock, SectionRef sameAsLastYear, List<Mention> mentions,
		Words feeStatement, Length length, Plausibility plausibility) {

	/** In {@code table}, row {@code row} of this year = row {@code from} of last year, column by column. */
	public record CarryOver(String table, String row, String from) {
	}

	/** In {@code table}, row {@code row}: {@code total} = last year's {@code total} + Σ plus − Σ minus. */
	public record Stock(String table, String row, String total, List<String> plus, List<String> minus) {
	}

	public record SectionRef(String section) {
	}

	/** Words after which prose states the value of {@code cell} (a canonical cell id). */
	public record Mention(String cell, List<String> words) {
	}

	/** A section that should contain one of the words. */
	public record Words(String section, List<String> words) {
	}

	public record Length(String section, int maxChars) {
	}

	/**
	 * @param localOrgan         a regular expression matching names of town, street and county-level organs
	 * @param zeroForLocalOrgans rows ({@code table.row}) that such organs cannot fill
	 * @param otherOutcomes      when the share of "other" outcomes deserves a look
	 */
	public record Plausibility(String localOrgan, List<String> zeroForLocalOrgans, OtherOutcomes otherOutcomes) {
	}

	/** The rows whose id starts with {@code rowsStartingWith}, against row {@code total}, in {@code column}. */
	public record OtherOutcomes(String table, String rowsStartingWith, String total, String column, double maxShare,
			int minTotal) {
	}
}
