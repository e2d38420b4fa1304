package org.govreport.dsl.report;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.govreport.dsl.conversion.GovReportValueConverters;

/** Reads a header line (申请人情况： 自然人 商业企业 …) into its corner label and its column labels. */
public final class HeaderLines {

	/** What separates the labels ({@link GovReportValueConverters#HEADER_LINE_SPACE}). */
	private static final Pattern SPACES = Pattern.compile(GovReportValueConverters.HEADER_LINE_SPACE + "+");
	private static final Pattern OUTER_SPACES = Pattern.compile("^" + SPACES.pattern() + "|" + SPACES.pattern() + "$");

	private HeaderLines() {
	}

	public static String corner(String text) {
		int colon = colon(text);
		return withoutSpaces(text.substring(0, colon));
	}

	/** The corner label with the colon that ends it as written (: or ：): the formatter changes only spaces. */
	public static String cornerAndColon(String text) {
		return corner(text) + text.charAt(colon(text));
	}

	public static List<String> columns(String text) {
		String rest = withoutSpaces(text.substring(colon(text) + 1));
		return rest.isEmpty() ? List.of() : Arrays.asList(SPACES.split(rest));
	}

	private static String withoutSpaces(String text) {
		return OUTER_SPACES.matcher(text).replaceAll("");
	}

	private static int colon(String text) {
		int ascii = text.indexOf(':');
		int wide = text.indexOf('：');
		if (ascii < 0) {
			return wide;
		}
		return wide < 0 ? ascii : Math.min(ascii, wide);
	}
}
