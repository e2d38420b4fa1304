package org.govreport.dsl.region;

import java.nio.file.Path;

/**
 * A roster, name mapping or deadline file that is malformed: the audit stops before reading any report
 * (its results would be wrong) and says where, {@code FILE:LINE:COL}. Exit code 2.
 */
public class RegionFileException extends RuntimeException {

	/** The code of a malformed roster, mapping or deadline file (docs/rules.md). */
	public static final String CODE = "F7";

	private static final long serialVersionUID = 1L;

	private final transient Path path;
	private final int line;
	private final int column;

	public RegionFileException(Path path, int line, int column, String reason) {
		super(reason);
		this.path = path;
		this.line = line;
		this.column = column;
	}

	/** {@code FILE:LINE:COL: error: REASON [F7]} */
	public String describe() {
		return path + ":" + line + ":" + column + ": error: " + getMessage() + " [" + CODE + "]";
	}
}
