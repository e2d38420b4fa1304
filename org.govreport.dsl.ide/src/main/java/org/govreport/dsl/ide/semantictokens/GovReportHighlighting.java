package org.govreport.dsl.ide.semantictokens;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.SemanticTokenModifiers;
import org.eclipse.lsp4j.SemanticTokenTypes;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.govreport.dsl.form.SumRule;
import org.govreport.dsl.govReport.Cell;
import org.govreport.dsl.govReport.Report;
import org.govreport.dsl.report.ArithmeticAnalysis;
import org.govreport.dsl.report.ArithmeticAnalysis.Equation;
import org.govreport.dsl.report.ReportViews;
import org.govreport.dsl.services.GovReportGrammarAccess;

import com.google.inject.Inject;

/**
 * Semantic tokens: headings, row labels, header lines, numbers, prose, keywords and comments each
 * get their LSP token type; totals (cells and rows the form computes) carry the {@code readonly}
 * modifier, so a theme can set them apart from the numbers a clerk types.
 */
public class GovReportHighlighting implements ISemanticHighlightingCalculator {

	/** Marks what the form computes from other cells. */
	public static final String TOTAL = SemanticTokenModifiers.Readonly;

	@Inject
	private GovReportGrammarAccess grammar;

	@Inject
	private ReportViews views;

	@Override
	public void provideHighlightingFor(XtextResource resource, IHighlightedPositionAcceptor acceptor,
			CancelIndicator cancelIndicator) {
		if (resource.getParseResult() == null || resource.getContents().isEmpty()
				|| !(resource.getContents().get(0) instanceof Report report)) {
			return;
		}
		ArithmeticAnalysis sums = views.arithmetic(report);
		Set<Cell> totals = sums.all().stream().filter(Equation::hasTotal).map(s -> s.total().cell())
				.filter(Objects::nonNull).collect(Collectors.toSet());
		Set<String> totalRows = sums.all().stream().filter(s -> s.rule().kind() == SumRule.Kind.COLUMN_TOTAL)
				.map(s -> s.total().ref().row().label()).collect(Collectors.toSet());
		for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
			String type = type(leaf);
			if (type == null) {
				continue;
			}
			EObject element = NodeModelUtils.findActualSemanticObjectFor(leaf);
			boolean total = element instanceof Cell cell ? totals.contains(cell)
					: SemanticTokenTypes.Property.equals(type) && totalRows.contains(leaf.getText());
			if (total) {
				acceptor.addPosition(leaf.getOffset(), leaf.getLength(), type, TOTAL);
			} else {
				acceptor.addPosition(leaf.getOffset(), leaf.getLength(), type);
			}
		}
	}

	/** The LSP token type of a token, or null for whitespace and punctuation. */
	private String type(ILeafNode leaf) {
		if (leaf.getGrammarElement() instanceof Keyword keyword) {
			return Character.isLetter(keyword.getValue().charAt(0)) ? SemanticTokenTypes.Keyword : null;
		}
		// Tokens in the grammar are rule calls; hidden ones (comments) point at the terminal rule itself.
		AbstractRule rule = leaf.getGrammarElement() instanceof RuleCall call ? call.getRule()
				: leaf.getGrammarElement() instanceof AbstractRule hidden ? hidden : null;
		if (rule == grammar.getHEADINGRule()) {
			return SemanticTokenTypes.Namespace;
		}
		if (rule == grammar.getLABELRule()) {
			return SemanticTokenTypes.Property;
		}
		if (rule == grammar.getHEADER_LINERule()) {
			return SemanticTokenTypes.Type;
		}
		if (rule == grammar.getNUMBERRule()) {
			return SemanticTokenTypes.Number;
		}
		if (rule == grammar.getPROSERule() || rule == grammar.getSTRINGRule()) {
			return SemanticTokenTypes.String;
		}
		if (rule == grammar.getSL_COMMENTRule()) {
			return SemanticTokenTypes.Comment;
		}
		return null;
	}
}
