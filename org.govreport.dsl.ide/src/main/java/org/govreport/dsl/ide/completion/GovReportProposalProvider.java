package org.govreport.dsl.ide.completion;

import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.govreport.dsl.form.Form;
import org.govreport.dsl.form.Forms;
import org.govreport.dsl.form.RowSpec;
import org.govreport.dsl.form.SectionSpec;
import org.govreport.dsl.form.TableSpec;
import org.govreport.dsl.govReport.Report;
import org.govreport.dsl.govReport.Row;
import org.govreport.dsl.govReport.Section;
import org.govreport.dsl.govReport.Table;
import org.govreport.dsl.report.Headings;
import org.govreport.dsl.report.ReportViews;
import org.govreport.dsl.services.GovReportGrammarAccess;

import com.google.inject.Inject;

/**
 * Completion from the form model: section headings and row labels in the form's order, the ones the
 * report still lacks first; a whole empty table after a heading; a whole empty report at the start
 * of an empty file; keywords as Xtext proposes them (punctuation left out).
 */
public class GovReportProposalProvider extends IdeContentProposalProvider {

	/** Above Xtext's default (400) and keyword (300) priorities: what the form expects comes first. */
	private static final int MISSING = 2000;
	private static final int PRESENT = 1000;

	@Inject
	private GovReportGrammarAccess grammar;

	@Inject
	private ReportViews views;

	@Inject
	private Forms forms;

	@Override
	protected void _createProposals(Assignment assignment, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		if (assignment == grammar.getRowAccess().getLabelAssignment_0()) {
			rowLabels(context, acceptor);
		} else if (assignment == grammar.getSectionAccess().getHeadingAssignment_0()) {
			headings(context, acceptor);
		} else {
			super._createProposals(assignment, context, acceptor);
		}
	}

	@Override
	protected void _createProposals(Keyword keyword, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		if (keyword == grammar.getTableAccess().getLeftCurlyBracketKeyword_1()) {
			tableSnippet(context, acceptor);
		} else if (keyword == grammar.getReportAccess().getCjkUnifiedIdeographs62a5CjkUnifiedIdeographs544aKeyword_0() && context.getRootNode().getText().isBlank()) {
			// An empty file: offer the whole report (the 报告 keyword starts it).
			Form form = forms.defaultForm();
			String label = "新建年度报告（" + form.format() + " 格式，各表全部为 0）";
			acceptor.accept(getProposalCreator().createSnippet(FormTemplates.report(form), label, context), MISSING);
		}
		super._createProposals(keyword, context, acceptor);
	}

	/**
	 * Proposes the word keywords (报告, 年度 …), not punctuation; nor 空, the blank of an imported table:
	 * a new report fills every cell.
	 */
	@Override
	protected boolean filterKeyword(Keyword keyword, ContentAssistContext context) {
		return Character.isLetter(keyword.getValue().charAt(0))
				&& keyword != grammar.getCellAccess().getBlankCjkUnifiedIdeographs7a7aKeyword_2_0();
	}

	private void rowLabels(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		EObject model = context.getCurrentModel();
		Report report = EcoreUtil2.getContainerOfType(model, Report.class);
		Table table = EcoreUtil2.getContainerOfType(model, Table.class);
		if (report == null) {
			return;
		}
		views.resolved(report).tableOf(model).ifPresent(spec -> {
			Set<String> written = table == null ? Set.of()
					: EcoreUtil2.typeSelect(table.getLines(), Row.class).stream().filter(r -> r != context.getCurrentModel())
							.map(Row::getLabel).collect(Collectors.toSet());
			int index = 0;
			for (RowSpec row : spec.rows()) {
				int priority = (written.contains(row.label()) ? PRESENT : MISSING) - index++;
				ContentAssistEntry entry = getProposalCreator().createProposal(row.label(), context,
						ContentAssistEntry.KIND_PROPERTY, e -> {
							e.setDescription(row.verbatim());
							e.setDocumentation(row.basis());
						});
				acceptor.accept(entry, priority);
			}
		});
	}

	private void headings(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		Report report = EcoreUtil2.getContainerOfType(context.getCurrentModel(), Report.class);
		Form form = report == null ? forms.defaultForm() : views.resolved(report).form();
		Set<String> written = report == null ? Set.of()
				: report.getSections().stream().map(s -> Headings.number(s.getHeading())).collect(Collectors.toSet());
		int index = 0;
		for (SectionSpec section : form.sections()) {
			int priority = (written.contains(section.number()) ? PRESENT : MISSING) - index++;
			ContentAssistEntry entry = getProposalCreator().createProposal(section.heading(), context,
					ContentAssistEntry.KIND_MODULE, e -> e.setDescription(section.table() == null ? "文字部分" : "含表格"));
			acceptor.accept(entry, priority);
		}
	}

	private void tableSnippet(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		Section section = EcoreUtil2.getContainerOfType(context.getCurrentModel(), Section.class);
		if (section == null) {
			return;
		}
		views.resolved(EcoreUtil2.getContainerOfType(section, Report.class)).tableOf(section).ifPresent((TableSpec table) -> {
			ContentAssistEntry entry = getProposalCreator().createSnippet(FormTemplates.tableSnippet(table),
					"{ … } 空表（" + table.corner() + "，全部为 0）", context);
			acceptor.accept(entry, MISSING);
		});
	}
}
