package org.govreport.dsl.report;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.govreport.dsl.form.CellRef;
import org.govreport.dsl.form.ColumnSpec;
import org.govreport.dsl.form.Form;
import org.govreport.dsl.form.Forms;
import org.govreport.dsl.form.RowSpec;
import org.govreport.dsl.form.SectionSpec;
import org.govreport.dsl.form.TableSpec;
import org.govreport.dsl.govReport.Cell;
import org.govreport.dsl.govReport.Report;
import org.govreport.dsl.govReport.Row;
import org.govreport.dsl.govReport.Section;
import org.govreport.dsl.govReport.TableLine;

/**
 * A parsed report read through its form: which section is which, which row is which, and the value
 * of every cell by canonical id. Validators, exporters and the language server all look at a report
 * through this view, so they agree on what a label means.
 */
public final class ResolvedReport {

	private final Report report;
	private final Form form;
	private final boolean knownFormat;
	private final Map<String, Section> sections = new LinkedHashMap<>();
	/** table id → row id → the first row written with that row's label */
	private final Map<String, Map<String, Row>> rows = new HashMap<>();
	/** every written row of a section with a table → its form row, or empty: asked for every cell the checks visit */
	private final Map<Row, Optional<RowSpec>> rowSpecs = new IdentityHashMap<>();

	private ResolvedReport(Report report, Forms forms) {
		this.report = report;
		Optional<Form> named = report.getFormat() == null ? Optional.of(forms.defaultForm()) : forms.form(report.getFormat());
		this.knownFormat = named.isPresent();
		this.form = named.orElse(forms.defaultForm());
		for (Section section : report.getSections()) {
			sections.putIfAbsent(Headings.number(section.getHeading()), section);
		}
		for (Section section : report.getSections()) {
			if (section.getTable() != null) {
				Optional<TableSpec> table = tableOf(section);
				for (TableLine line : section.getTable().getLines()) {
					if (line instanceof Row row) {
						rowSpecs.put(row, table.flatMap(t -> t.rowByLabel(row.getLabel())));
					}
				}
			}
		}
		for (SectionSpec spec : form.sections()) {
			Section section = sections.get(spec.number());
			if (spec.table() == null || section == null || section.getTable() == null) {
				continue;
			}
			TableSpec table = form.table(spec.table()).orElseThrow();
			Map<String, Row> byId = rows.computeIfAbsent(table.id(), k -> new HashMap<>());
			for (TableLine line : section.getTable().getLines()) {
				if (line instanceof Row row) {
					rowSpecs.get(row).ifPresent(r -> byId.putIfAbsent(r.id(), row)); // looked up above in this table
				}
			}
		}
	}

	/** Reads a report through the form it names; {@link ReportViews#resolved} keeps the result with the parse. */
	public static ResolvedReport of(Report report, Forms forms) {
		return new ResolvedReport(report, forms);
	}

	/** The format the report names, or the default format's when it names none. */
	public String format() {
		return report.getFormat() != null ? report.getFormat() : form.format();
	}

	public Report report() {
		return report;
	}

	/** The report's form; the default form when the report names a format the tool does not know. */
	public Form form() {
		return form;
	}

	public boolean isKnownFormat() {
		return knownFormat;
	}

	public Optional<Section> section(SectionSpec spec) {
		return Optional.ofNullable(sections.get(spec.number()));
	}

	public Optional<Section> section(String number) {
		return Optional.ofNullable(sections.get(number));
	}

	public Optional<Row> row(String tableId, String rowId) {
		return Optional.ofNullable(rows.getOrDefault(tableId, Map.of()).get(rowId));
	}

	public Optional<Row> row(RowSpec spec) {
		return row(spec.table(), spec.id());
	}

	/** The form's table of the section an element sits in; empty outside a section with a table. */
	public Optional<TableSpec> tableOf(EObject element) {
		Section section = EcoreUtil2.getContainerOfType(element, Section.class);
		if (section == null) {
			return Optional.empty();
		}
		return tableOf(section);
	}

	private Optional<TableSpec> tableOf(Section section) {
		return form.sectionByNumber(Headings.number(section.getHeading())).map(SectionSpec::table).flatMap(form::table);
	}

	/** The form's row that a written row stands for; empty for an unknown label or a section without a table. */
	public Optional<RowSpec> rowSpec(Row row) {
		Optional<RowSpec> known = rowSpecs.get(row);
		return known != null ? known : tableOf(row).flatMap(t -> t.rowByLabel(row.getLabel()));
	}

	/** The form's cell that a written cell stands for; empty beyond the row's columns. */
	public Optional<CellRef> cellRef(Cell cell) {
		if (!(cell.eContainer() instanceof Row row)) {
			return Optional.empty();
		}
		int index = row.getCells().indexOf(cell);
		return rowSpec(row).filter(spec -> index < spec.columns().size())
				.map(spec -> new CellRef(spec, spec.columns().get(index)));
	}

	/** The cell of a row under a column, if the row is written and has that many cells. */
	public Optional<Cell> cell(RowSpec spec, ColumnSpec column) {
		int index = spec.columnIndex(column.id());
		return row(spec).filter(r -> index >= 0 && index < r.getCells().size()).map(r -> r.getCells().get(index));
	}

	/** The number a cell counts as (see {@link #counted(Cell)}); empty when the row or cell is missing or ?. */
	public Optional<BigDecimal> value(RowSpec spec, ColumnSpec column) {
		return cell(spec, column).flatMap(ResolvedReport::counted);
	}

	/** The number a cell prints: none for a blank (空) or ?, so that an export leaves it blank (null in JSON). */
	public Optional<BigDecimal> printed(RowSpec spec, ColumnSpec column) {
		return cell(spec, column).map(Cell::getValue);
	}

	/**
	 * A written cell's number for the checks that compare single cells (carry-over, plausibility): a blank (空)
	 * counts as 0, ? as none. The sum rules count no blank at all ({@link ArithmeticAnalysis}).
	 */
	public static Optional<BigDecimal> counted(Cell cell) {
		return cell.isBlank() ? Optional.of(BigDecimal.ZERO) : Optional.ofNullable(cell.getValue());
	}

	/** The number in a cell by canonical ids: {@code value("requests", "granted", "total")}. */
	public Optional<BigDecimal> value(String tableId, String rowId, String columnId) {
		return form.table(tableId).flatMap(t -> t.row(rowId)).flatMap(r -> {
			ColumnSpec column = r.column(columnId);
			return column == null ? Optional.empty() : value(r, column);
		});
	}
}
