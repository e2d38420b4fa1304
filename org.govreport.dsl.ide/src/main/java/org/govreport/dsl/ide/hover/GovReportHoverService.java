package org.govreport.dsl.ide.hover;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.govreport.dsl.form.TableSpec;
import org.govreport.dsl.govReport.Cell;
import org.govreport.dsl.govReport.Header;
import org.govreport.dsl.govReport.Report;
import org.govreport.dsl.govReport.Row;
import org.govreport.dsl.govReport.Section;
import org.govreport.dsl.report.ArithmeticAnalysis;
import org.govreport.dsl.report.HeaderLines;
import org.govreport.dsl.report.Headings;
import org.govreport.dsl.report.ReportViews;
import org.govreport.dsl.report.ResolvedReport;

import com.google.inject.Inject;

/**
 * Hover that explains the form: a row or column label shows the form's verbatim label, its legal
 * basis and what counts there; a number shows the cell it fills and, on a total, the computed sum
 * and its terms; a heading names its section; a placeholder in prose shows its value.
 */
public class GovReportHoverService extends HoverService {

	@Inject
	private ProsePlaceholders placeholders;

	@Inject
	private ReportViews views;

	@Override
	public Hover hover(Document document, XtextResource resource, HoverParams params, CancelIndicator cancelIndicator) {
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Report report)) {
			return IHoverService.EMPTY_HOVER;
		}
		int offset = document.getOffSet(params.getPosition());
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
		if (leaf == null || leaf.isHidden()) {
			return IHoverService.EMPTY_HOVER;
		}
		return explain(report, leaf, offset - leaf.getOffset())
				.map(found -> new Hover(new MarkupContent(MarkupKind.MARKDOWN, found.markdown()),
						new Range(document.getPosition(leaf.getOffset() + found.start()),
								document.getPosition(leaf.getOffset() + found.end()))))
				.orElse(IHoverService.EMPTY_HOVER);
	}

	/** What to show for a token; offsets of the result are relative to the token. */
	private Optional<HoverPiece> explain(Report report, ILeafNode leaf, int at) {
		EObject element = NodeModelUtils.findActualSemanticObjectFor(leaf);
		String text = leaf.getText();
		ResolvedReport resolved = views.resolved(report);
		if (element instanceof Cell cell) {
			ArithmeticAnalysis sums = views.arithmetic(report);
			return resolved.cellRef(cell).map(ref -> whole(text, HoverTexts.cell(ref, sums.withTotal(ref))));
		}
		if (element instanceof Row row && text.equals(row.getLabel())) {
			return resolved.rowSpec(row).map(spec -> whole(text, HoverTexts.row(spec)));
		}
		if (element instanceof Header) {
			return resolved.tableOf(element).flatMap(table -> headerWord(table, text, at));
		}
		if (element instanceof Section section && text.equals(section.getHeading())) {
			return resolved.form().sectionByNumber(Headings.number(text)).map(s -> whole(text, HoverTexts.section(s)));
		}
		if (element instanceof Section || element instanceof Report) {
			// Prose: a section's text or the preface.
			return placeholders.at(resolved, text, at);
		}
		return Optional.empty();
	}

	/** The corner or the column label under the cursor in a header line. */
	private static Optional<HoverPiece> headerWord(TableSpec table, String text, int at) {
		int start = at;
		while (start > 0 && !isSeparator(text.charAt(start - 1))) {
			start--;
		}
		int end = at;
		while (end < text.length() && !isSeparator(text.charAt(end))) {
			end++;
		}
		String word = text.substring(start, end);
		if (start == 0 && word.equals(HeaderLines.corner(text))) {
			String note = table.note() == null ? "" : "\n\n" + table.note();
			return Optional.of(new HoverPiece(start, end, "**" + table.corner() + "**" + note));
		}
		int from = start;
		int to = end;
		return table.rows().stream().flatMap(r -> r.columns().stream()).filter(c -> c.label().equals(word)).findFirst()
				.map(c -> new HoverPiece(from, to, HoverTexts.column(c)));
	}

	private static boolean isSeparator(char c) {
		return Character.isWhitespace(c) || c == '\u3000' || c == ':' || c == '：';
	}

	private static HoverPiece whole(String text, String markdown) {
		return new HoverPiece(0, text.length(), markdown);
	}

}
