package org.govreport.dsl.ide.diagnostics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.Location;
import org.eclipse.xtext.ide.server.DocumentExtensions;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.govreport.dsl.govReport.Cell;
import org.govreport.dsl.govReport.Report;
import org.govreport.dsl.govReport.Row;
import org.govreport.dsl.ide.hover.HoverTexts;
import org.govreport.dsl.report.ArithmeticAnalysis.Equation;
import org.govreport.dsl.report.ArithmeticAnalysis.Term;
import org.govreport.dsl.report.ReportViews;

import com.google.inject.Inject;

/**
 * For an error of a sum rule (R1–R4), the other cells of the broken sums as related locations, each
 * with its value, so a clerk sees at once which numbers the totals are made of. The issue may sit on
 * a cell or on a whole row: every broken sum touching it is listed, the issue's own rule first. The
 * sums are the ones the validator checked (the report's cached arithmetic analysis).
 */
public class SumRelatedLocations {

	@Inject
	private DocumentExtensions documents;

	@Inject
	private UriExtensions uris;

	@Inject
	private ReportViews views;

	public List<DiagnosticRelatedInformation> of(XtextResource resource, Issue issue) {
		List<DiagnosticRelatedInformation> related = new ArrayList<>();
		if (issue.getCode() == null || issue.getOffset() == null || resource.getParseResult() == null
				|| resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Report report)) {
			return related;
		}
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), issue.getOffset());
		EObject element = leaf == null ? null : NodeModelUtils.findActualSemanticObjectFor(leaf);
		Set<Cell> flagged = new LinkedHashSet<>();
		if (element instanceof Cell cell) {
			flagged.add(cell);
		} else if (element instanceof Row row) {
			flagged.addAll(row.getCells());
		}
		List<Equation> sums = views.arithmetic(report).all();
		if (sums.stream().noneMatch(sum -> sum.rule().code().equals(issue.getCode()))) {
			return related;
		}
		// The sums of the issue's own rule first, then the other sums the same cells break: the validator
		// reports such a cell once and names all of them in the message.
		List<Equation> broken = new ArrayList<>();
		for (Equation sum : sums) {
			if (sum.broken() && flagged.stream().anyMatch(sum::contains)) {
				broken.add(sum);
			}
		}
		broken.sort(Comparator.comparing(sum -> !sum.rule().code().equals(issue.getCode())));
		Set<Cell> listed = new LinkedHashSet<>(flagged);
		for (Equation sum : broken) {
			for (Term term : sum.terms()) {
				if (listed.add(term.cell())) {
					related.add(new DiagnosticRelatedInformation(
							new Location(uris.toUriString(resource.getURI()),
									documents.newRange(resource, NodeModelUtils.getNode(term.cell()).getTextRegion())),
							describe(sum, term)));
				}
			}
		}
		return related;
	}

	/** {@code 加项 予以公开·自然人 = 2}; in a balance the two sides are named as such. */
	private static String describe(Equation sum, Term term) {
		String role = sum.hasTotal() ? (term.side() > 0 ? "合计 " : "加项 ") : (term.side() > 0 ? "左边 " : "右边 ");
		return role + term.ref().name() + " = " + HoverTexts.value(term);
	}
}
