package org.govreport.dsl.ide.symbols;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper;
import org.govreport.dsl.govReport.Header;
import org.govreport.dsl.govReport.Report;
import org.govreport.dsl.govReport.Row;
import org.govreport.dsl.govReport.Section;
import org.govreport.dsl.govReport.Table;
import org.govreport.dsl.form.RowSpec;
import org.eclipse.xtext.EcoreUtil2;
import org.govreport.dsl.report.HeaderLines;
import org.govreport.dsl.report.ReportViews;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * The outline of a report: the report, its sections, their tables and the rows in them. Cells and
 * header lines are left out (they have no name a clerk would look for).
 */
public final class OutlineSymbols {

	private OutlineSymbols() {
	}

	@Singleton
	public static class Names extends DocumentSymbolMapper.DocumentSymbolNameProvider {
		@Override
		public String getName(EObject object) {
			if (object instanceof Report report) {
				return report.getOrgan() + " " + report.getYear() + " 年度报告";
			}
			if (object instanceof Section section) {
				return section.getHeading();
			}
			if (object instanceof Table table) {
				return table.getLines().stream().filter(Header.class::isInstance).map(h -> HeaderLines.corner(((Header) h).getText()))
						.findFirst().map(corner -> "表格（" + corner + "）").orElse("表格");
			}
			if (object instanceof Row row) {
				return row.getLabel();
			}
			return null;
		}
	}

	@Singleton
	public static class Kinds extends DocumentSymbolMapper.DocumentSymbolKindProvider {
		@Override
		public SymbolKind getSymbolKind(EObject object) {
			if (object instanceof Report) {
				return SymbolKind.File;
			}
			if (object instanceof Section) {
				return SymbolKind.Namespace;
			}
			if (object instanceof Table) {
				return SymbolKind.Array;
			}
			return SymbolKind.Field;
		}
	}

	/** A row's detail is the form's verbatim label, so the outline reads like the printed table. */
	@Singleton
	public static class Details extends DocumentSymbolMapper.DocumentSymbolDetailsProvider {
		@Inject
		private ReportViews views;

		@Override
		public String getDetails(EObject object) {
			if (object instanceof Row row) {
				return views.resolved(EcoreUtil2.getContainerOfType(row, Report.class)).rowSpec(row)
						.map(RowSpec::verbatim).orElse("");
			}
			return "";
		}
	}
}
