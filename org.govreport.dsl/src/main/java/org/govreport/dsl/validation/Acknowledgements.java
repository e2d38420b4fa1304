package org.govreport.dsl.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.govreport.dsl.govReport.Report;

/**
 * The warnings a report acknowledges in its comments, {@code # govreport: 忽略 W2 ——本年数据确与上年相同}, and
 * where each applies: placed before the first section, to the whole report; on a line of its own before a
 * section or a table row, to that section or row (the element the next line starts); at the end of a line,
 * to that line. The comment is an ordinary comment, so the formatter keeps it where it stands.
 */
public final class Acknowledgements {

	/** What the editor's quick fix writes as the reason, for the clerk to replace: it counts as no reason. */
	public static final String REASON_PLACEHOLDER = "请填写理由";

	/** {@code govreport: 忽略 CODE ——REASON}; the dash before the reason may be —— — -- : or ：. */
	private static final Pattern SYNTAX = Pattern
			.compile("(?:#|//)\\s*govreport\\s*[:：]\\s*忽略\\s*([A-Za-z]+[0-9]+)?\\s*(?:(?:——|—|--|[:：])\\s*)?(.*)");

	/** What every acknowledgement contains; imported reports name govreport in their first comment, so that alone says little. */
	private static final Pattern MARK = Pattern.compile("govreport\\s*[:：]\\s*忽略");

	/** One acknowledgement: its code (null when none is written), its reason (null when none), its comment and scope. */
	public record Acknowledgement(String code, String reason, ILeafNode comment, int firstLine, int lastLine) {

		public boolean covers(int line) {
			return line >= firstLine && line <= lastLine;
		}
	}

	private Acknowledgements() {
	}

	/** The comment that acknowledges a warning, with the placeholder reason, as the quick fix inserts it. */
	public static String comment(String code) {
		return "# govreport: 忽略 " + code + " ——" + REASON_PLACEHOLDER;
	}

	/** Every acknowledgement in a parsed report, in the order written. */
	public static List<Acknowledgement> of(XtextResource resource) {
		List<Acknowledgement> found = new ArrayList<>();
		if (resource.getParseResult() == null || resource.getParseResult().getRootNode() == null) {
			return found;
		}
		ICompositeNode root = resource.getParseResult().getRootNode();
		String text = root.getText();
		if (!MARK.matcher(text).find()) {
			return found; // most reports acknowledge nothing: no walk over their tokens
		}
		int firstSection = firstSectionOffset(resource);
		for (ILeafNode leaf : root.getLeafNodes()) {
			if (!leaf.isHidden()) {
				continue;
			}
			Matcher m = SYNTAX.matcher(leaf.getText().strip());
			if (!m.matches()) {
				continue;
			}
			String reason = m.group(2).strip();
			boolean noReason = reason.isEmpty() || reason.equals(REASON_PLACEHOLDER);
			int[] scope = scope(root, text, leaf, firstSection);
			found.add(new Acknowledgement(m.group(1) == null ? null : m.group(1).toUpperCase(), noReason ? null : reason,
					leaf, scope[0], scope[1]));
		}
		return found;
	}

	/** The lines an acknowledgement applies to (from 1, inclusive). */
	private static int[] scope(ICompositeNode root, String text, ILeafNode comment, int firstSection) {
		int lineStart = text.lastIndexOf('\n', comment.getOffset() - 1) + 1;
		if (!text.substring(lineStart, comment.getOffset()).isBlank()) {
			return new int[] { comment.getStartLine(), comment.getStartLine() };
		}
		if (comment.getOffset() < firstSection) {
			return new int[] { 1, Integer.MAX_VALUE };
		}
		INode next = nextToken(root, comment);
		if (next == null) {
			return new int[] { comment.getStartLine(), comment.getStartLine() };
		}
		// The outermost element that starts with that token: a section at its heading, a row at its label.
		INode element = next;
		while (element.getParent() != null && element.getParent() != root
				&& element.getParent().getOffset() == next.getOffset()) {
			element = element.getParent();
		}
		return new int[] { element.getStartLine(), element.getEndLine() };
	}

	private static INode nextToken(ICompositeNode root, ILeafNode comment) {
		boolean after = false;
		for (ILeafNode leaf : root.getLeafNodes()) {
			if (leaf == comment) {
				after = true;
			} else if (after && !leaf.isHidden()) {
				return leaf;
			}
		}
		return null;
	}

	/** Where the first section starts: comments before it are the report's head. */
	private static int firstSectionOffset(XtextResource resource) {
		if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Report report
				&& !report.getSections().isEmpty()) {
			INode section = NodeModelUtils.getNode(report.getSections().get(0));
			if (section != null) {
				return section.getOffset();
			}
		}
		return Integer.MAX_VALUE;
	}
}
