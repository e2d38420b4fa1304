package org.govreport.dsl.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.ResourceValidatorImpl;
import org.govreport.dsl.validation.Acknowledgements.Acknowledgement;

/**
 * Xtext's resource validator, then the report's acknowledgements ({@link Acknowledgements}) laid over its
 * issues: a warning an acknowledgement covers becomes an {@link AcknowledgedIssue}; an acknowledgement
 * without a reason (I2) or that covers no warning (I1: none of that code there any more, or the code names an
 * error or no rule) is itself a warning. Every front end validates through this, so the command line, the
 * editor and the exports agree.
 */
public class AcknowledgingResourceValidator extends ResourceValidatorImpl {

	@Override
	public List<Issue> validate(Resource resource, CheckMode mode, CancelIndicator indicator) {
		List<Issue> issues = super.validate(resource, mode, indicator);
		if (!(resource instanceof XtextResource report)) {
			return issues;
		}
		List<Acknowledgement> acknowledgements = Acknowledgements.of(report);
		if (acknowledgements.isEmpty()) {
			return issues;
		}
		List<Issue> result = new ArrayList<>(issues.size() + acknowledgements.size());
		boolean[] used = new boolean[acknowledgements.size()];
		for (Issue issue : issues) {
			int by = coveringAcknowledgement(acknowledgements, issue);
			if (by >= 0) {
				used[by] = true;
				String reason = acknowledgements.get(by).reason();
				result.add(reason == null ? issue : new AcknowledgedIssue(issue, reason));
			} else {
				result.add(issue);
			}
		}
		// Unused acknowledgements are only known when every check ran on a report that parsed.
		boolean complete = mode.shouldCheck(CheckType.FAST) && mode.shouldCheck(CheckType.NORMAL)
				&& mode.shouldCheck(CheckType.EXPENSIVE) && issues.stream().noneMatch(Issue::isSyntaxError);
		for (int i = 0; i < acknowledgements.size(); i++) {
			Acknowledgement a = acknowledgements.get(i);
			if (a.reason() == null) {
				result.add(warning(report, a, IssueCodes.ACKNOWLEDGEMENT_WITHOUT_REASON,
						"确认忽略" + (a.code() == null ? "" : " " + a.code()) + " 须写明理由：# govreport: 忽略 "
								+ (a.code() == null ? "代码" : a.code()) + " ——理由"));
			}
			if (complete && !used[i]) {
				result.add(warning(report, a, IssueCodes.UNUSED_ACKNOWLEDGEMENT, unusedMessage(issues, a)));
			}
		}
		return result;
	}

	/** The acknowledgement that covers a warning (its code, on its lines), or −1. */
	private static int coveringAcknowledgement(List<Acknowledgement> acknowledgements, Issue issue) {
		if (issue.getSeverity() != Severity.WARNING || issue.getCode() == null || issue.getLineNumber() == null
				|| issue.getCode().startsWith("A")) {
			return -1;
		}
		for (int i = 0; i < acknowledgements.size(); i++) {
			Acknowledgement a = acknowledgements.get(i);
			if (issue.getCode().equals(a.code()) && a.covers(issue.getLineNumber())) {
				return i;
			}
		}
		return -1;
	}

	private static String unusedMessage(List<Issue> issues, Acknowledgement a) {
		if (a.code() == null) {
			return "确认忽略未写明警告代码（例如 # govreport: 忽略 W2 ——理由）";
		}
		boolean error = issues.stream().anyMatch(i -> a.code().equals(i.getCode()) && i.getSeverity() == Severity.ERROR);
		return error ? a.code() + " 是错误，错误不能确认忽略，须改正"
				: "确认忽略 " + a.code() + " 已无对应的警告：此处没有 " + a.code() + "，可删除这条注释";
	}

	private static Issue warning(XtextResource report, Acknowledgement a, String code, String message) {
		Issue.IssueImpl issue = new Issue.IssueImpl();
		issue.setSeverity(Severity.WARNING);
		issue.setCode(code);
		issue.setMessage(message);
		issue.setType(CheckType.FAST);
		issue.setUriToProblem(report.getURI());
		String text = a.comment().getText().stripTrailing();
		int column = a.comment().getOffset() - report.getParseResult().getRootNode().getText().lastIndexOf('\n',
				a.comment().getOffset() - 1);
		issue.setOffset(a.comment().getOffset());
		issue.setLength(text.length());
		issue.setLineNumber(a.comment().getStartLine());
		issue.setColumn(column);
		issue.setLineNumberEnd(a.comment().getStartLine());
		issue.setColumnEnd(column + text.length());
		return issue;
	}
}
