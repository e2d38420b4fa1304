package org.govreport.dsl.ide.sums;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.govreport.dsl.form.RowSpec;
import org.govreport.dsl.form.SectionSpec;
import org.govreport.dsl.form.TableSpec;
import org.govreport.dsl.govReport.Cell;
import org.govreport.dsl.govReport.Report;
import org.govreport.dsl.govReport.Row;
import org.govreport.dsl.govReport.Section;
import org.govreport.dsl.report.Headings;
import org.govreport.dsl.report.ResolvedReport;

/** Where the written parts of a report sit in its form: a row's RowSpec, a cell's row and column. */
public final class ReportPlaces {

	private final ResolvedReport report;

	private ReportPlaces(ResolvedReport report) {
		this.report = report;
	}

	public static ReportPlaces of(ResolvedReport report) {
		return new ReportPlaces(report);
	}

	/** The places of the report an element belongs to. */
	public static ReportPlaces of(EObject element) {
		return of(ResolvedReport.of(EcoreUtil2.getContainerOfType(element, Report.class)));
	}

	public ResolvedReport report() {
		return report;
	}

	/** The form's table of the section an element sits in. */
	public Optional<TableSpec> tableOf(EObject element) {
		Section section = EcoreUtil2.getContainerOfType(element, Section.class);
		if (section == null) {
			return Optional.empty();
		}
		return report.form().sectionByNumber(Headings.number(section.getHeading())).map(SectionSpec::table)
				.flatMap(report.form()::table);
	}

	/** The form's row for a written row: looked up by its label in the table of its section. */
	public Optional<RowSpec> rowSpec(Row row) {
		return tableOf(row).flatMap(table -> table.rowByLabel(row.getLabel()));
	}

	/** What a written cell stands for; empty for a cell of an unknown row or beyond the row's columns. */
	public Optional<CellAddress> address(Cell cell) {
		if (!(cell.eContainer() instanceof Row row)) {
			return Optional.empty();
		}
		int index = row.getCells().indexOf(cell);
		return rowSpec(row).filter(spec -> index < spec.columns().size())
				.map(spec -> new CellAddress(spec, spec.columns().get(index)));
	}
}
