package org.govreport.dsl.ide.diagnostics;

import java.math.BigDecimal;
import java.util.ArrayList;
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
import org.govreport.dsl.ide.sums.CellAddress;
import org.govreport.dsl.ide.sums.ReportSums;
import org.govreport.dsl.ide.sums.Sum;

import com.google.inject.Inject;

/**
 * For an error of a sum rule (R1–R4), the other cells of the broken sum as related locations, each
 * with its value, so a clerk sees at once which numbers the total is made of. The issue may sit on
 * a cell or on a whole row: every broken sum of that rule touching it is listed.
 */
public class SumRelatedLocations {

	@Inject
	private DocumentExtensions documents;

	@Inject
	private UriExtensions uris;

	public List<DiagnosticRelatedInformation> of(XtextResource resource, Issue issue) {
		List<DiagnosticRelatedInformation> related = new ArrayList<>();
		if (issue.getCode() == null || issue.getOffset() == null || resource.getParseResult() == null
				|| resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Report report)) {
			return related;
		}
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), issue.getOffset());
		EObject element = leaf == null ? null : NodeModelUtils.findActualSemanticObjectFor(leaf);
		ReportSums sums = ReportSums.of(report);
		Set<CellAddress> flagged = new LinkedHashSet<>();
		if (element instanceof Cell cell) {
			sums.places().address(cell).ifPresent(flagged::add);
		} else if (element instanceof Row row) {
			row.getCells().forEach(c -> sums.places().address(c).ifPresent(flagged::add));
		}
		Set<CellAddress> listed = new LinkedHashSet<>(flagged);
		for (Sum sum : sums.all()) {
			if (!sum.rule().code().equals(issue.getCode()) || !sum.isBroken()
					|| flagged.stream().noneMatch(sum::involves)) {
				continue;
			}
			for (CellAddress cell : sum.cells()) {
				if (listed.add(cell)) {
					sums.cell(cell).ifPresent(written -> related.add(new DiagnosticRelatedInformation(
							new Location(uris.toUriString(resource.getURI()),
									documents.newRange(resource, NodeModelUtils.getNode(written).getTextRegion())),
							describe(sum, cell))));
				}
			}
		}
		return related;
	}

	private static String describe(Sum sum, CellAddress cell) {
		BigDecimal value = sum.values().get(cell);
		String role = sum.totals().contains(cell) ? "合计 " : "加项 ";
		return role + cell.describe() + " = " + (value == null ? "?" : value.toPlainString());
	}
}
