package org.govreport.dsl.notice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.govreport.dsl.form.CellRef;
import org.govreport.dsl.form.ColumnSpec;
import org.govreport.dsl.form.Form;
import org.govreport.dsl.form.RowSpec;
import org.govreport.dsl.form.SumRule;
import org.govreport.dsl.govReport.Cell;
import org.govreport.dsl.govReport.Section;
import org.govreport.dsl.report.ArithmeticAnalysis;
import org.govreport.dsl.report.ArithmeticAnalysis.Blame;
import org.govreport.dsl.report.ArithmeticAnalysis.Equation;
import org.govreport.dsl.report.ArithmeticAnalysis.Term;
import org.govreport.dsl.report.ResolvedReport;

/**
 * Builds a report's notice from its findings: each finding's position leads to its section and cell, and a
 * broken sum's cell to the number it should hold, from the same {@link ArithmeticAnalysis} the checks report from.
 */
public final class NoticeBuilder {

	/**
	 * A finding as the notice needs it (the service's findings, without the service's type).
	 *
	 * @param column from 1
	 */
	public record Problem(String code, boolean error, int line, int column, String message) {
	}

	/** The number a cell should hold and the one it holds, for a sum rule broken on that cell. */
	private record Expected(String code, BigDecimal expected, BigDecimal actual) {
	}

	private NoticeBuilder() {
	}

	/**
	 * @param report   the parsed report
	 * @param problems its findings, in order
	 * @param file     how the notice names the report's file
	 */
	public static Notice of(ResolvedReport report, ArithmeticAnalysis arithmetic, List<Problem> problems, String file,
			String office, LocalDate deadline, LocalDate issued) {
		Map<Cell, Expected> expected = expected(arithmetic);
		XtextResource resource = (XtextResource) report.report().eResource();
		ICompositeNode root = resource.getParseResult().getRootNode();
		String text = root.getText();
		String source = "《" + report.form().name() + "》（" + report.form().source() + "）";
		List<Notice.Item> items = new ArrayList<>();
		for (Problem problem : problems) {
			EObject element = elementAt(root, offset(text, problem.line(), problem.column()));
			Section section = element == null ? null : EcoreUtil2.getContainerOfType(element, Section.class);
			Optional<CellRef> cell = element instanceof Cell c ? report.cellRef(c) : Optional.empty();
			Expected sum = element instanceof Cell c ? expected.get(c) : null;
			boolean explained = sum != null && sum.code().equals(problem.code());
			items.add(new Notice.Item(problem.code(), problem.error(), problem.line(),
					section == null ? null : section.getHeading(), cell.map(NoticeBuilder::official).orElse(null),
					explained ? sum.expected() : null, explained ? sum.actual() : cell.flatMap(c -> report.value(c.row(), c.column())).orElse(null),
					problem.message(), basis(report.form(), cell, problem.code(), source)));
		}
		return new Notice(report.report().getOrgan() == null ? "" : report.report().getOrgan(), report.report().getYear(),
				file, office, deadline, issued, List.copyOf(items));
	}

	/** The cell as the form prints it: 三、本年度办理结果（三）不予公开 1.属于国家秘密 · 法人或其他组织 商业企业. */
	private static String official(CellRef cell) {
		RowSpec row = cell.row();
		ColumnSpec column = cell.column();
		String rowName = String.join("", row.groups()) + row.verbatim();
		String columnName = (column.parent() == null ? "" : column.parent() + " ") + column.verbatim();
		return rowName + " · " + columnName;
	}

	/** The row's own basis where the form gives one, and the form itself (with the table's note for a balance). */
	private static String basis(Form form, Optional<CellRef> cell, String code, String source) {
		StringBuilder basis = new StringBuilder(source);
		cell.ifPresent(c -> {
			boolean balance = form.table(c.row().table()).map(t -> t.rules().stream()
					.anyMatch(r -> r.code().equals(code) && r.kind() == SumRule.Kind.BALANCE)).orElse(false);
			if (balance && form.table(c.row().table()).orElseThrow().note() != null) {
				basis.append(form.table(c.row().table()).orElseThrow().note());
			}
			if (c.row().basis() != null) {
				basis.append("；").append(c.row().basis());
			}
		});
		return basis.toString();
	}

	/** For each cell a broken sum is reported on: its rule, the number that makes the sum hold, and its number. */
	private static Map<Cell, Expected> expected(ArithmeticAnalysis arithmetic) {
		Map<Cell, Expected> expected = new IdentityHashMap<>();
		for (Blame blame : arithmetic.blames()) {
			expected.put(blame.term().cell(), new Expected(blame.code(), blame.expected(), blame.term().value()));
		}
		for (Equation equation : arithmetic.unexplained()) {
			Term anchor = equation.anchor();
			expected.putIfAbsent(anchor.cell(),
					new Expected(equation.rule().code(), equation.solveFor(anchor), anchor.value()));
		}
		return expected;
	}

	private static EObject elementAt(ICompositeNode root, int offset) {
		if (offset < 0) {
			return null;
		}
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(root, offset);
		return leaf == null ? null : NodeModelUtils.findActualSemanticObjectFor(leaf);
	}

	/** The offset of a line and column (both from 1), or -1 past the text. */
	private static int offset(String text, int line, int column) {
		int at = 0;
		for (int l = 1; l < line; l++) {
			at = text.indexOf('\n', at) + 1;
			if (at == 0) {
				return -1;
			}
		}
		int offset = at + column - 1;
		return offset < text.length() ? offset : -1;
	}
}
