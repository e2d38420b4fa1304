package org.govreport.dsl.imports;

/** An input that cannot be imported at all (unknown encoding, not a report, unreadable file); the message is for users, in Chinese. */
public class ImportException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public ImportException(String message) {
		super(message);
	}

	public ImportException(String message, Throwable cause) {
		super(message, cause);
	}
}
