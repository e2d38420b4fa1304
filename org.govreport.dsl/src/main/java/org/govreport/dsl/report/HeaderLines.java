package org.govreport.dsl.report;

import java.util.Arrays;
import java.util.List;

/** Reads a header line (申请人情况： 自然人 商业企业 …) into its corner label and its column labels. */
public final class HeaderLines {

	private HeaderLines() {
	}

	public static String corner(String text) {
		int colon = colon(text);
		return text.substring(0, colon).strip();
	}

	/** The corner label with the colon that ends it as written (: or ：): the formatter changes only spaces. */
	public static String cornerAndColon(String text) {
		return corner(text) + text.charAt(colon(text));
	}

	public static List<String> columns(String text) {
		String rest = text.substring(colon(text) + 1).strip();
		return rest.isEmpty() ? List.of() : Arrays.asList(rest.split("[\\s\\u3000]+"));
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
