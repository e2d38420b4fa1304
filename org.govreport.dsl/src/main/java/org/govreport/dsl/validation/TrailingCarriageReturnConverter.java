package org.govreport.dsl.validation;

import java.lang.reflect.Method;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.AbstractDiagnostic;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.XtextSyntaxDiagnostic;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.DiagnosticConverterImpl;
import org.eclipse.xtext.validation.Issue;

/**
 * Xtext's conversion of a problem into an issue, safe for a text that ends in a lone carriage return
 * (an old Mac line end). Xtext's line arithmetic then reads one character past the end for a problem at the
 * end of the text, and the exception ended the whole validation: such a report with a syntax error passed
 * {@code check} with no error at all. Where Xtext fails, the location is counted here instead.
 */
public class TrailingCarriageReturnConverter extends DiagnosticConverterImpl {

	@Override
	public void convertResourceDiagnostic(Resource.Diagnostic diagnostic, Severity severity, IAcceptor<Issue> acceptor) {
		try {
			super.convertResourceDiagnostic(diagnostic, severity, acceptor);
		} catch (IndexOutOfBoundsException endOfText) {
			INode node = diagnostic instanceof AbstractDiagnostic located ? nodeOf(located) : null;
			if (node == null) {
				throw endOfText;
			}
			AbstractDiagnostic located = (AbstractDiagnostic) diagnostic;
			IssueLocation location = getLocationForNode(node, located.getOffset(), located.getLength());
			Issue.IssueImpl issue = new Issue.IssueImpl();
			issue.setSyntaxError(diagnostic instanceof XtextSyntaxDiagnostic);
			issue.setSeverity(severity);
			issue.setMessage(diagnostic.getMessage());
			issue.setCode(located.getCode());
			issue.setData(located.getData());
			issue.setUriToProblem(located.getUriToProblem());
			issue.setOffset(location.offset);
			issue.setLength(location.length);
			issue.setLineNumber(location.lineNumber);
			issue.setColumn(location.column);
			issue.setLineNumberEnd(location.lineNumberEnd);
			issue.setColumnEnd(location.columnEnd);
			issue.setType(CheckType.FAST);
			acceptor.accept(issue);
		}
	}

	/** The node a resource problem is on: Xtext keeps it to itself (a protected method), so it is asked reflectively. */
	private static INode nodeOf(AbstractDiagnostic diagnostic) {
		try {
			Method getNode = AbstractDiagnostic.class.getDeclaredMethod("getNode");
			getNode.setAccessible(true);
			return (INode) getNode.invoke(diagnostic);
		} catch (ReflectiveOperationException | RuntimeException e) {
			return null;
		}
	}

	@Override
	protected IssueLocation getLocationForNode(INode node, int offset, int length) {
		try {
			return super.getLocationForNode(node, offset, length);
		} catch (IndexOutOfBoundsException endOfText) {
			String text = node.getRootNode().getText();
			IssueLocation location = new IssueLocation();
			location.offset = offset;
			location.length = length;
			int[] start = lineAndColumn(text, offset);
			int[] end = lineAndColumn(text, offset + length);
			location.lineNumber = start[0];
			location.column = start[1];
			location.lineNumberEnd = end[0];
			location.columnEnd = end[1];
			return location;
		}
	}

	/** Line and column (both from 1) of an offset, counting CR LF, LF and a lone CR each as one line end. */
	static int[] lineAndColumn(String text, int offset) {
		int line = 1;
		int lineStart = 0;
		int end = Math.min(offset, text.length());
		for (int i = 0; i < end; i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
				line++;
				lineStart = i + 1;
			}
		}
		return new int[] { line, offset - lineStart + 1 };
	}
}
