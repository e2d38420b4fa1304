package org.govreport.dsl.validation;

import org.eclipse.xtext.validation.Issue;

/** A warning the report acknowledges with a reason: still reported, but it no longer counts (nor fails --strict). */
public final class AcknowledgedIssue extends Issue.IssueImpl {

	private final String reason;

	AcknowledgedIssue(Issue warning, String reason) {
		this.reason = reason;
		setCode(warning.getCode());
		setSeverity(warning.getSeverity());
		setMessage(warning.getMessage());
		setData(warning.getData());
		setType(warning.getType());
		setUriToProblem(warning.getUriToProblem());
		setOffset(warning.getOffset());
		setLength(warning.getLength());
		setLineNumber(warning.getLineNumber());
		setColumn(warning.getColumn());
		setLineNumberEnd(warning.getLineNumberEnd());
		setColumnEnd(warning.getColumnEnd());
	}

	/** Why the report accepts this warning, as written after the code. */
	public String reason() {
		return reason;
	}
}
