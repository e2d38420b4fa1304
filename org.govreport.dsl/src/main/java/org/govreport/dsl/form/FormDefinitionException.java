package org.govreport.dsl.form;

/** A form definition (forms.json or a test's form) that cannot be used as it is: raised when it is read. */
public class FormDefinitionException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public FormDefinitionException(String message) {
		super(message);
	}

	public FormDefinitionException(String message, Throwable cause) {
		super(message, cause);
	}
}
