package org.govreport.dsl.ide.diagnostics;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.Location;
import org.eclipse.xtext.ide.server.DocumentExtensions;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.govreport.dsl.govReport.Report;
import org.govreport.dsl.report.ReportViews;

import com.google.inject.Inject;

/**
 * For an error of a sum rule (R1–R4), the other cells of the broken sums as related locations, each
 * with its value, so a clerk sees at once which numbers the totals are made of. Which cells they are is
 * the report's cached arithmetic analysis ({@code ArithmeticAnalysis.related}), the same that the
 * validator checked and that {@code check --format sarif} lists.
 */
public class SumRelatedLocations {

	@Inject
	private DocumentExtensions documents;

	@Inject
	private UriExtensions uris;

	@Inject
	private ReportViews views;

	public List<DiagnosticRelatedInformation> of(XtextResource resource, Issue issue) {
		if (issue.getCode() == null || issue.getOffset() == null || resource.getParseResult() == null
				|| resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Report report)) {
			return List.of();
		}
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), issue.getOffset());
		EObject element = leaf == null ? null : NodeModelUtils.findActualSemanticObjectFor(leaf);
		return views.arithmetic(report).related(element, issue.getCode()).stream()
				.map(r -> new DiagnosticRelatedInformation(
						new Location(uris.toUriString(resource.getURI()),
								documents.newRange(resource, NodeModelUtils.getNode(r.term().cell()).getTextRegion())),
						r.describe()))
				.toList();
	}
}
