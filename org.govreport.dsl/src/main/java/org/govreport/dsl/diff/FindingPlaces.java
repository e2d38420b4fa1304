package org.govreport.dsl.diff;

import java.util.Arrays;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.govreport.dsl.diff.DiffSide.SideFinding;
import org.govreport.dsl.govReport.Cell;
import org.govreport.dsl.govReport.Row;
import org.govreport.dsl.govReport.Section;
import org.govreport.dsl.report.Headings;
import org.govreport.dsl.report.ResolvedReport;

/**
 * Where a finding sits, by what it is about rather than by line (lines move between two versions): the
 * cell, the row, the section, or the head.
 */
final class FindingPlaces {

	/** A place: its canonical id and how a reviewer reads it. */
	record Place(String id, String name) {
	}

	private static final Place HEAD = new Place("head", "报告头");

	private final XtextResource resource;
	private final ResolvedReport report;
	private final int[] lineStarts;

	FindingPlaces(XtextResource resource, ResolvedReport report) {
		this.resource = resource;
		this.report = report;
		this.lineStarts = lineStarts(rootText(resource));
	}

	Place of(SideFinding finding) {
		EObject element = elementAt(finding.line(), finding.column());
		if (element == null) {
			return HEAD;
		}
		Cell cell = EcoreUtil2.getContainerOfType(element, Cell.class);
		if (cell != null) {
			var ref = report.cellRef(cell);
			if (ref.isPresent()) {
				return new Place(ref.get().id(), DiffNames.cell(report.form(), ref.get()));
			}
		}
		Row row = EcoreUtil2.getContainerOfType(element, Row.class);
		if (row != null) {
			var spec = report.rowSpec(row);
			return spec.map(s -> new Place(s.table() + "." + s.id(), DiffNames.row(report.form(), s)))
					.orElse(new Place("row." + row.getLabel(), row.getLabel()));
		}
		Section section = EcoreUtil2.getContainerOfType(element, Section.class);
		if (section != null && section.getHeading() != null) {
			String number = Headings.number(section.getHeading());
			return new Place("section." + number, section.getHeading());
		}
		return HEAD;
	}

	private EObject elementAt(int line, int column) {
		ICompositeNode root = resource.getParseResult() == null ? null : resource.getParseResult().getRootNode();
		if (root == null || line < 1 || line > lineStarts.length) {
			return null;
		}
		int offset = Math.min(lineStarts[line - 1] + Math.max(column - 1, 0), Math.max(root.getTotalLength() - 1, 0));
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(root, offset);
		return leaf == null ? null : NodeModelUtils.findActualSemanticObjectFor(leaf);
	}

	private static String rootText(XtextResource resource) {
		return resource.getParseResult() == null || resource.getParseResult().getRootNode() == null ? ""
				: resource.getParseResult().getRootNode().getText();
	}

	private static int[] lineStarts(String text) {
		int[] starts = new int[64];
		int count = 1;
		for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
			if (count == starts.length) {
				starts = Arrays.copyOf(starts, count * 2);
			}
			starts[count++] = at + 1;
		}
		return Arrays.copyOf(starts, count);
	}
}
