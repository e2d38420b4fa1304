package org.govreport.dsl.service;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.govreport.dsl.parser.GovReportSyntaxErrorMessages;
import org.govreport.dsl.validation.AcknowledgedIssue;

import com.google.inject.Inject;

/** Runs every check on a report and turns Xtext's issues into findings with stable codes. */
public class CheckService {

	@Inject
	private ReportLoader loader;

	@Inject
	private IResourceValidator validator;

	@Inject
	private FlaggedElements flagged;

	/**
	 * Every finding of a report file, sorted.
	 *
	 * @throws FileFailure whatever went wrong with the file (unreadable, not UTF-8, too large …)
	 */
	public List<Finding> check(Path file) {
		return PerFile.run(file, () -> check(file, loader.load(file)));
	}

	/** Every finding of a parsed report, sorted, named with {@code path}. */
	public List<Finding> check(Path path, XtextResource resource) {
		return check(path, resource, true);
	}

	/**
	 * {@link #check(Path, XtextResource)} without a broken sum's other cells ({@link Finding#related()} empty), for
	 * a caller that shows a finding by its code, place and message only (the diff): describing them is a good
	 * part of checking a report whose sums are broken.
	 */
	public List<Finding> checkWithoutRelated(Path path, XtextResource resource) {
		return check(path, resource, false);
	}

	private List<Finding> check(Path path, XtextResource resource, boolean related) {
		List<Issue> issues = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
		String file = path.toString(); // one string for all of them: an audit keeps every report's findings
		return issues.stream().filter(i -> i.getSeverity() != Severity.IGNORE)
				.map(i -> toFinding(file, i, resource, related)).sorted(Finding.ORDER).toList();
	}

	/** The errors among a report's findings. */
	public List<Finding> errors(Path path, XtextResource resource) {
		return check(path, resource).stream().filter(Finding::isError).toList();
	}

	private Finding toFinding(String file, Issue issue, XtextResource resource, boolean related) {
		int line = orOne(issue.getLineNumber());
		int column = orOne(issue.getColumn());
		int endLine = issue.getLineNumberEnd() != null ? issue.getLineNumberEnd() : line;
		int endColumn = issue.getColumnEnd() != null ? issue.getColumnEnd() : column;
		String severity = issue.getSeverity() == Severity.ERROR ? "error"
				: issue.getSeverity() == Severity.WARNING ? "warning" : "info";
		return new Finding(file, line, column, endLine, endColumn, severity, code(issue),
				issue.getMessage(), flagged.subject(issue, resource),
				related ? flagged.sumCells(issue, resource) : List.of(),
				issue instanceof AcknowledgedIssue acknowledged ? acknowledged.reason() : null);
	}

	private static String code(Issue issue) {
		// Every issue of this language carries a stable code; an uncoded one can only come from the parser.
		return issue.getCode() != null ? issue.getCode() : GovReportSyntaxErrorMessages.SYNTAX;
	}

	private static int orOne(Integer value) {
		return value == null || value < 1 ? 1 : value;
	}
}
