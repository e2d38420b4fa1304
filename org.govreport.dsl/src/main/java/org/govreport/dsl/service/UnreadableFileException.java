package org.govreport.dsl.service;

import java.nio.file.Path;

/** A file the tool cannot read: missing, not UTF-8, not allowed. Exit code 2. */
public class UnreadableFileException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient Path path;

	public UnreadableFileException(Path path, String reason) {
		super(reason);
		this.path = path;
	}

	public Path path() {
		return path;
	}

	/** The line printed for the user: {@code PATH: error: REASON}. */
	public String describe() {
		return path + ": error: " + getMessage();
	}
}
