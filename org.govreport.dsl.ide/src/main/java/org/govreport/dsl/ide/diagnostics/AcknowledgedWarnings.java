package org.govreport.dsl.ide.diagnostics;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.xtext.validation.Issue;
import org.govreport.dsl.validation.AcknowledgedIssue;

/**
 * A warning the report acknowledges (# govreport: 忽略 W2 ——理由) is shown as a hint, not hidden: it leaves the
 * Problems list and the file's warning count, as it leaves check's count, but the place stays marked with the
 * reason in its message, so a clerk who reads the line sees what was accepted and why.
 */
public final class AcknowledgedWarnings {

	private AcknowledgedWarnings() {
	}

	public static Diagnostic shown(Diagnostic diagnostic, Issue issue) {
		if (issue instanceof AcknowledgedIssue acknowledged) {
			diagnostic.setSeverity(DiagnosticSeverity.Hint);
			diagnostic.setMessage(diagnostic.getMessage() + "（已确认忽略：" + acknowledged.reason() + "）");
		}
		return diagnostic;
	}
}
