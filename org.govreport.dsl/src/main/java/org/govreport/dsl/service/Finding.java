package org.govreport.dsl.service;

import java.util.Comparator;
import java.util.List;

/**
 * One error or warning at a place in a file, as check prints it (lines and columns from 1). {@code subject} names
 * the place without its line (a cell's canonical id, a row's label …: see {@link FlaggedElements}); {@code related}
 * are the other cells of a broken sum; {@code acknowledged} is the reason a report gives for accepting this
 * warning ({@code # govreport: 忽略 W2 ——…}), null when it does not.
 */
public record Finding(String path, int line, int column, int endLine, int endColumn, String severity, String code,
		String message, String subject, List<Place> related, String acknowledged) {

	/** Another place a finding points at: a cell of its broken sum, with what it holds there. */
	public record Place(int line, int column, int endLine, int endColumn, String message) {
	}

	public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::path)
			.thenComparingInt(Finding::line).thenComparingInt(Finding::column).thenComparing(Finding::code)
			.thenComparing(Finding::message);

	public boolean isError() {
		return "error".equals(severity);
	}

	/** A warning the report has not acknowledged: it counts, and fails {@code --strict}. */
	public boolean isWarning() {
		return "warning".equals(severity) && acknowledged == null;
	}

	public boolean isAcknowledged() {
		return acknowledged != null;
	}

	/** {@code PATH:LINE:COL: error: MESSAGE [CODE]}; an acknowledged warning is a {@code note} with its reason. */
	public String toLine() {
		String where = path + ":" + line + ":" + column + ": ";
		return acknowledged == null ? where + severity + ": " + message + " [" + code + "]"
				: where + "note: " + message + " [" + code + "] 已确认忽略：" + acknowledged;
	}
}
