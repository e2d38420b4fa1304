package org.govreport.dsl.service.findings;

/** The output formats of {@code check --format}. */
public enum FindingsFormat {
	/** One line per finding and a summary, for people. */
	text,
	/** An array of findings. */
	json,
	/** SARIF 2.1.0, for code scanning (GitHub) and SARIF viewers. */
	sarif,
	/** GitHub Actions workflow commands: annotations on the pull request's files. */
	github,
	/** GitLab Code Quality JSON, for merge-request widgets. */
	gitlab
}
