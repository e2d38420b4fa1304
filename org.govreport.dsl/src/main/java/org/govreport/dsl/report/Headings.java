package org.govreport.dsl.report;

/** Reads a section heading (一、总体情况) into its numeral and its title. */
public final class Headings {

	private Headings() {
	}

	public static String number(String heading) {
		int i = heading == null ? -1 : heading.indexOf('、');
		return i < 0 ? "" : heading.substring(0, i);
	}

	public static String title(String heading) {
		int i = heading == null ? -1 : heading.indexOf('、');
		return i < 0 ? "" : heading.substring(i + 1);
	}
}
