package org.govreport.dsl.cli;

/** The exit codes every sub-command uses. */
public final class ExitCodes {

	/** Nothing wrong. */
	public static final int OK = 0;
	/** The reports have errors (or are not canonical, for fmt --check). */
	public static final int FINDINGS = 1;
	/** Wrong usage, or a file that cannot be read. */
	public static final int USAGE = 2;

	private ExitCodes() {
	}
}
