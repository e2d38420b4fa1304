package org.govreport.dsl.ide.quickfix;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.editor.quickfix.AbstractDeclarativeIdeQuickfixProvider;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.ITextModification;
import org.eclipse.xtext.ide.editor.quickfix.QuickFix;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.govreport.dsl.form.Forms;
import org.govreport.dsl.form.RowSpec;
import org.govreport.dsl.form.SumRule;
import org.govreport.dsl.govReport.Cell;
import org.govreport.dsl.govReport.Header;
import org.govreport.dsl.govReport.Report;
import org.govreport.dsl.govReport.Row;
import org.govreport.dsl.govReport.Section;
import org.govreport.dsl.govReport.Table;
import org.govreport.dsl.govReport.TableLine;
import org.govreport.dsl.report.ReportViews;
import org.govreport.dsl.report.ResolvedReport;
import org.govreport.dsl.validation.Acknowledgements;
import org.govreport.dsl.validation.IssueCodes;

import com.google.inject.Inject;

/**
 * Quick fixes, offered by the language server as code actions. Most replace the flagged text with
 * the value the validator computed and put in the issue data (a total's sum, last year's number,
 * the suggested label, a placeholder); the missing rows are built from the form.
 */
public class GovReportQuickfixProvider extends AbstractDeclarativeIdeQuickfixProvider {

	/** A broken sum's one fix, for every sum rule code (see {@link #getFixMethods}). */
	private static final Method SUM_FIX = fix("setToComputedValue");

	/** Every warning's last fix: acknowledge it with a reason (see {@link #getFixMethods}). */
	private static final Method ACKNOWLEDGE = fix("acknowledgeWarning");

	private static Method fix(String name) {
		try {
			return GovReportQuickfixProvider.class.getMethod(name, DiagnosticResolutionAcceptor.class);
		} catch (NoSuchMethodException e) {
			throw new ExceptionInInitializerError(e);
		}
	}

	@Inject
	private ReportViews views;

	/** The diagnostic being fixed, so that a fix's title can show the new text ("改为 5"). */
	private final ThreadLocal<Diagnostic> current = new ThreadLocal<>();

	/** The codes of the forms' sum rules (R1–R4, and any a form adds). */
	private Set<String> sumRuleCodes;

	@Inject
	void collectSumRuleCodes(Forms forms) {
		sumRuleCodes = forms.all().stream().flatMap(form -> form.tables().stream())
				.flatMap(table -> table.rules().stream()).map(SumRule::code).collect(Collectors.toUnmodifiableSet());
	}

	@Override
	public List<DiagnosticResolution> getResolutions(ICodeActionService2.Options options, Diagnostic diagnostic) {
		current.set(diagnostic);
		try {
			return super.getResolutions(options, diagnostic);
		} finally {
			current.remove();
		}
	}

	/**
	 * A sum rule's code is data (forms.json), so it cannot name a {@code @QuickFix}: every diagnostic with such a
	 * code gets the one sum fix. Every warning (whatever its code, but not the acknowledgements' own A-codes) is
	 * offered to be acknowledged, after its own fixes.
	 */
	@Override
	public List<Method> getFixMethods(Diagnostic diagnostic) {
		List<Method> declared = super.getFixMethods(diagnostic);
		Either<String, Integer> code = diagnostic.getCode();
		boolean sumRule = code != null && code.isLeft() && sumRuleCodes.contains(code.getLeft());
		List<Method> fixes = new ArrayList<>(declared.isEmpty() && sumRule ? List.of(SUM_FIX) : declared);
		if (diagnostic.getSeverity() == DiagnosticSeverity.Warning && code != null && code.isLeft()
				&& !code.getLeft().startsWith("A")) {
			fixes.add(ACKNOWLEDGE);
		}
		return fixes;
	}

	/**
	 * Acknowledges a warning: the comment {@code # govreport: 忽略 W2 ——请填写理由} on a line of its own before the
	 * row or section the warning is on (before the report's first line for a warning of its head), where it
	 * applies; until the clerk writes the reason, I2 says it is missing.
	 */
	public void acknowledgeWarning(DiagnosticResolutionAcceptor acceptor) {
		Diagnostic warning = current.get();
		String code = warning.getCode().getLeft();
		acceptor.accept("确认忽略 " + code + "（须写明理由）", (ITextModification) (diagnostic, object, document) -> {
			EObject element = EcoreUtil2.getContainerOfType(object, Row.class);
			if (element == null) {
				element = EcoreUtil2.getContainerOfType(object, Header.class);
			}
			if (element == null) {
				element = EcoreUtil2.getContainerOfType(object, Section.class);
			}
			if (element == null) {
				element = EcoreUtil2.getContainerOfType(object, Report.class);
			}
			INode node = NodeModelUtils.findActualNodeFor(element);
			int lineStart = document.getOffSet(new Position(document.getPosition(node.getOffset()).getLine(), 0));
			String contents = document.getContents();
			int textStart = lineStart;
			while (textStart < contents.length() && (contents.charAt(textStart) == ' ' || contents.charAt(textStart) == '\t'
					|| contents.charAt(textStart) == '\u3000')) {
				textStart++;
			}
			Position at = document.getPosition(lineStart);
			String indent = contents.substring(lineStart, textStart);
			return List.of(new TextEdit(new Range(at, at), indent + Acknowledgements.comment(code) + "\n"));
		});
	}

	/** A broken sum: the cell gets the value the validator computed (issue data). */
	public void setToComputedValue(DiagnosticResolutionAcceptor acceptor) {
		replaceWithData(acceptor, "改为 ");
	}

	@QuickFix(IssueCodes.CARRY_OVER)
	public void takeLastYearsCarriedForward(DiagnosticResolutionAcceptor acceptor) {
		replaceWithData(acceptor, "改为上年报告中的 ");
	}

	@QuickFix(IssueCodes.UNKNOWN_ROW)
	public void useSuggestedRowLabel(DiagnosticResolutionAcceptor acceptor) {
		replaceWithData(acceptor, "改为 ");
	}

	@QuickFix(IssueCodes.UNKNOWN_SECTION)
	public void useSuggestedHeading(DiagnosticResolutionAcceptor acceptor) {
		replaceWithData(acceptor, "改为 ");
	}

	@QuickFix(IssueCodes.HEADER)
	public void useTheFormsHeader(DiagnosticResolutionAcceptor acceptor) {
		replaceWithData(acceptor, "表头改为 ");
	}

	@QuickFix(IssueCodes.PROSE_NUMBER)
	public void usePlaceholder(DiagnosticResolutionAcceptor acceptor) {
		replaceWithData(acceptor, "改为占位符 ");
	}

	@QuickFix(IssueCodes.MISSING_ROWS)
	public void addMissingRows(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("补上缺少的行（填 0）", (ITextModification) (diagnostic, object, document) -> {
			Table table = EcoreUtil2.getContainerOfType(object, Table.class);
			return table == null ? List.of() : missingRowEdits(table, document);
		});
	}

	@QuickFix(IssueCodes.BLANK_CELLS)
	public void fillBlanksWithZeros(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("本表空白格都填 0", (ITextModification) (diagnostic, object, document) -> {
			Table table = EcoreUtil2.getContainerOfType(object, Table.class);
			return table == null ? List.of() : blankCellEdits(table, document);
		});
	}

	/** Offers to replace the flagged text with the issue data, when the validator gave one. */
	private void replaceWithData(DiagnosticResolutionAcceptor acceptor, String title) {
		List<String> data = IssueData.of(current.get());
		if (data.isEmpty()) {
			return;
		}
		String replacement = data.get(0);
		acceptor.accept(title + replacement, (ITextModification) (diagnostic, object, document) -> List
				.of(new TextEdit(diagnostic.getRange(), replacement)));
	}

	/**
	 * One insertion per gap: each missing row goes right after the row that precedes it in the form,
	 * or after the header (or the opening brace) when none does; its cells are zeros.
	 */
	private List<TextEdit> missingRowEdits(Table table, Document document) {
		Report report = EcoreUtil2.getContainerOfType(table, Report.class);
		ResolvedReport resolved = views.resolved(report);
		Map<String, Row> written = new LinkedHashMap<>();
		List<RowSpec> specs = new ArrayList<>();
		for (TableLine line : table.getLines()) {
			if (line instanceof Row row) {
				resolved.rowSpec(row).ifPresent(spec -> {
					written.putIfAbsent(spec.id(), row);
					if (!specs.contains(spec)) {
						specs.add(spec);
					}
				});
			}
		}
		List<RowSpec> form = specs.isEmpty() ? List.of() : resolved.form().table(specs.get(0).table()).orElseThrow().rows();
		Map<Integer, StringBuilder> insertions = new LinkedHashMap<>();
		int after = start(table);
		for (RowSpec spec : form) {
			Row row = written.get(spec.id());
			if (row != null) {
				after = NodeModelUtils.findActualNodeFor(row).getEndOffset();
				continue;
			}
			insertions.computeIfAbsent(after, k -> new StringBuilder()).append("\n  ").append(spec.label())
					.append(String.join("", Collections.nCopies(spec.columns().size(), " 0")));
		}
		List<TextEdit> edits = new ArrayList<>();
		insertions.forEach((offset, text) -> {
			var position = document.getPosition(offset);
			edits.add(new TextEdit(new Range(position, position), text.toString()));
		});
		return edits;
	}

	/** Every 空 of a table becomes 0. */
	private static List<TextEdit> blankCellEdits(Table table, Document document) {
		return EcoreUtil2.eAllOfType(table, Cell.class).stream().filter(Cell::isBlank).map(cell -> {
			INode node = NodeModelUtils.findActualNodeFor(cell);
			return new TextEdit(new Range(document.getPosition(node.getOffset()), document.getPosition(node.getEndOffset())), "0");
		}).toList();
	}

	/** Where rows may start: after a leading header line, else after the opening brace. */
	private static int start(Table table) {
		if (!table.getLines().isEmpty() && table.getLines().get(0) instanceof Header header) {
			return NodeModelUtils.findActualNodeFor(header).getEndOffset();
		}
		for (ILeafNode leaf : NodeModelUtils.findActualNodeFor(table).getLeafNodes()) {
			if (!leaf.isHidden()) {
				return leaf.getEndOffset();
			}
		}
		return NodeModelUtils.findActualNodeFor(table).getOffset();
	}
}
