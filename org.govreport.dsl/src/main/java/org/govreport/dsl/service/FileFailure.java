package org.govreport.dsl.service;

import java.nio.file.Path;

/**
 * Why one file could not be read, processed or written: it is reported for that file, under a stable
 * code, and a batch goes on with the other files. Exit code 2.
 */
public class FileFailure extends RuntimeException {

	/** A file that does not exist or cannot be read. */
	public static final String UNREADABLE = "F1";
	/** A .govreport file that is not UTF-8. */
	public static final String NOT_UTF8 = "F2";
	/** A file larger than any report ({@link InputFiles#MAX_BYTES}). */
	public static final String TOO_LARGE = "F3";
	/** An output that cannot be written (permissions, a full disk, two reports to one file). */
	public static final String UNWRITABLE = "F4";
	/** A published report the importer refuses (empty, binary, PDF, an unknown layout). */
	public static final String NOT_IMPORTABLE = "F5";
	/** Anything else that went wrong with this file: a defect of the tool, reported instead of a crash. */
	public static final String INTERNAL = "F6";

	private static final long serialVersionUID = 1L;

	private final transient Path path;

	private final String code;

	public FileFailure(Path path, String code, String reason) {
		super(reason);
		this.path = path;
		this.code = code;
	}

	public Path path() {
		return path;
	}

	public String code() {
		return code;
	}

	/** The line printed for the user: {@code PATH: error: REASON [CODE]}. */
	public String describe() {
		return path + ": error: " + getMessage() + " [" + code + "]";
	}
}
