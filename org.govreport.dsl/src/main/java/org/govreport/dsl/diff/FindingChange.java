package org.govreport.dsl.diff;

/**
 * A finding of the checks that only one of the two reports has.
 *
 * @param code      the rule's code (R1, W1 …)
 * @param severity  error or warning
 * @param place     where it sits, by canonical id: a cell ({@code requests.total.total}), a row, a section
 *                  ({@code section.三}) or {@code head}
 * @param placeName how a reviewer reads that place ({@code 三·总计·总计})
 * @param message   the check's message, in the report that has it
 * @param line      its line in the report that has it
 */
public record FindingChange(String code, String severity, String place, String placeName, String message,
		int line) {
}
