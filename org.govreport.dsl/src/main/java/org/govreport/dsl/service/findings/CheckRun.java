package org.govreport.dsl.service.findings;

import java.util.List;

import org.govreport.dsl.service.FileFailure;
import org.govreport.dsl.service.Finding;

/** What one {@code check} of several files found: the findings, sorted, and the files that could not be checked. */
public record CheckRun(int files, List<Finding> findings, List<FileFailure> failures) {

	public long errors() {
		return findings.stream().filter(Finding::isError).count();
	}

	/** Warnings the reports have not acknowledged. */
	public long warnings() {
		return findings.stream().filter(Finding::isWarning).count();
	}

	/** Warnings a report acknowledges with a reason: counted apart, never failing --strict. */
	public long acknowledged() {
		return findings.stream().filter(Finding::isAcknowledged).count();
	}
}
