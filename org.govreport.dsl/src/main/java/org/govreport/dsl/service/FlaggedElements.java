package org.govreport.dsl.service;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.govreport.dsl.govReport.Cell;
import org.govreport.dsl.govReport.Header;
import org.govreport.dsl.govReport.Report;
import org.govreport.dsl.govReport.Row;
import org.govreport.dsl.govReport.Section;
import org.govreport.dsl.report.ReportViews;

import com.google.inject.Inject;

/**
 * What an issue points at in its report, beyond its line and column: the other cells of a broken sum
 * (related locations), and a subject that names the place without its line (a cell's canonical id, a
 * row's label, a section's heading), so that a CI tool recognises the same finding after lines moved.
 */
public class FlaggedElements {

	@Inject
	private ReportViews views;

	/** For a broken sum, its other cells with their values; empty for any other issue. */
	public List<Finding.Place> sumCells(Issue issue, XtextResource resource) {
		Optional<Report> report = report(resource);
		EObject flagged = flagged(issue, resource);
		if (report.isEmpty() || flagged == null) {
			return List.of();
		}
		String text = resource.getParseResult().getRootNode().getText();
		return views.arithmetic(report.get()).related(flagged, issue.getCode()).stream().map(r -> {
			INode cell = NodeModelUtils.getNode(r.term().cell());
			return new Finding.Place(cell.getStartLine(), columnOf(text, cell.getOffset()), cell.getEndLine(),
					columnOf(text, cell.getEndOffset()), r.describe());
		}).toList();
	}

	/** The place an issue is about, independent of lines: {@code requests.granted.natural_person}, {@code 予以公开}, a heading. */
	public String subject(Issue issue, XtextResource resource) {
		EObject flagged = flagged(issue, resource);
		if (flagged instanceof Cell cell && cell.eContainer() instanceof Row row) {
			return report(resource).flatMap(r -> views.resolved(r).cellRef(cell)).map(ref -> ref.id())
					.orElse(row.getLabel() + "[" + row.getCells().indexOf(cell) + "]");
		}
		if (flagged instanceof Row row) {
			return row.getLabel();
		}
		if (flagged instanceof Header header) {
			return header.getText();
		}
		if (flagged instanceof Section section) {
			return section.getHeading();
		}
		// The head of the report, or a comment (an acknowledgement): the token's text names it.
		INode leaf = leaf(issue, resource);
		return leaf == null ? "" : leaf.getText().strip();
	}

	private static EObject flagged(Issue issue, XtextResource resource) {
		ILeafNode leaf = leaf(issue, resource);
		return leaf == null ? null : NodeModelUtils.findActualSemanticObjectFor(leaf);
	}

	private static ILeafNode leaf(Issue issue, XtextResource resource) {
		if (issue.getOffset() == null || resource.getParseResult() == null) {
			return null;
		}
		ICompositeNode root = resource.getParseResult().getRootNode();
		return NodeModelUtils.findLeafNodeAtOffset(root, issue.getOffset());
	}

	private static Optional<Report> report(XtextResource resource) {
		return resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Report report)
				? Optional.empty()
				: Optional.of(report);
	}

	/** The column (from 1) of an offset on its line. */
	private static int columnOf(String text, int offset) {
		return offset - text.lastIndexOf('\n', offset - 1);
	}
}
