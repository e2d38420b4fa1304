package org.govreport.dsl.service;

import java.util.Comparator;

/** One error or warning at a place in a file, as check prints it (lines and columns from 1). */
public record Finding(String path, int line, int column, int endLine, int endColumn, String severity, String code,
		String message) {

	public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::path)
			.thenComparingInt(Finding::line).thenComparingInt(Finding::column).thenComparing(Finding::code)
			.thenComparing(Finding::message);

	public boolean isError() {
		return "error".equals(severity);
	}

	/** {@code PATH:LINE:COL: error: MESSAGE [CODE]} */
	public String toLine() {
		return path + ":" + line + ":" + column + ": " + severity + ": " + message + " [" + code + "]";
	}
}
