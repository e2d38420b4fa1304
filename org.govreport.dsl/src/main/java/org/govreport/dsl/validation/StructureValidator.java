package org.govreport.dsl.validation;

import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;
import org.govreport.dsl.form.CellRef;
import org.govreport.dsl.form.ColumnSpec;
import org.govreport.dsl.form.Form;
import org.govreport.dsl.form.RowSpec;
import org.govreport.dsl.form.SectionSpec;
import org.govreport.dsl.form.TableSpec;
import org.govreport.dsl.govReport.Cell;
import org.govreport.dsl.govReport.GovReportPackage.Literals;
import org.govreport.dsl.govReport.Header;
import org.govreport.dsl.govReport.Report;
import org.govreport.dsl.govReport.Row;
import org.govreport.dsl.govReport.Section;
import org.govreport.dsl.govReport.Table;
import org.govreport.dsl.govReport.TableLine;
import org.govreport.dsl.report.HeaderLines;
import org.govreport.dsl.report.Headings;
import org.govreport.dsl.report.ResolvedReport;

/**
 * The S codes: the report has the form's sections in order, each table has exactly the form's rows
 * with the right number of cells, filled in, and the year and format make sense. Every label that is not the
 * form's comes with a "did you mean" suggestion (also the issue data, for the quick fix).
 */
public class StructureValidator extends ReportCheck {

	/** The Regulations took effect on 1 May 2008: no annual report is older. */
	static final int FIRST_YEAR = 2008;

	@Check
	public void missingSections(Report report) {
		ResolvedReport resolved = resolved(report);
		List<SectionSpec> specs = resolved.form().sections();
		for (int i = 0; i < specs.size(); i++) {
			if (resolved.section(specs.get(i)).isPresent()) {
				continue;
			}
			String message = "缺少章节 “" + specs.get(i).heading() + "”";
			Optional<Section> next = specs.subList(i + 1, specs.size()).stream().map(resolved::section)
					.flatMap(Optional::stream).findFirst();
			if (next.isPresent()) {
				error(message + "（应在本章节之前）", next.get(), Literals.SECTION__HEADING, IssueCodes.MISSING_SECTION);
			} else if (!report.getSections().isEmpty()) {
				Section last = report.getSections().get(report.getSections().size() - 1);
				error(message + "（应在本章节之后）", last, Literals.SECTION__HEADING, IssueCodes.MISSING_SECTION);
			} else {
				error(message, report, Literals.REPORT__ORGAN, IssueCodes.MISSING_SECTION);
			}
		}
	}

	@Check
	public void sectionOrder(Report report) {
		Form form = resolved(report).form();
		int furthest = -1;
		Set<String> seen = new HashSet<>();
		for (Section section : report.getSections()) {
			String number = Headings.number(section.getHeading());
			int index = form.sectionIndex(number);
			if (index < 0) {
				continue;
			}
			SectionSpec spec = form.sections().get(index);
			if (!seen.add(number)) {
				error("章节 “" + number + "、” 重复出现：每个章节只能写一次", section, Literals.SECTION__HEADING,
						IssueCodes.SECTION_ORDER);
			} else if (index < furthest) {
				error("章节顺序不对：“" + spec.heading() + "” 应在 “" + form.sections().get(furthest).heading()
						+ "” 之前（顺序为 一 至 " + form.sections().get(form.sections().size() - 1).number() + "）", section,
						Literals.SECTION__HEADING, IssueCodes.SECTION_ORDER);
			}
			furthest = Math.max(furthest, index);
		}
	}

	@Check
	public void sectionHeading(Section section) {
		Form form = resolved(section).form();
		String heading = section.getHeading();
		Optional<SectionSpec> byNumber = form.sectionByNumber(Headings.number(heading));
		if (byNumber.isPresent() && byNumber.get().heading().equals(heading)) {
			return;
		}
		Map<String, String> known = new LinkedHashMap<>();
		form.sections().forEach(s -> known.put(s.heading(), s.heading()));
		Optional<String> suggestion = byNumber.map(SectionSpec::heading)
				.or(() -> Suggestions.closest(heading, known));
		String message = "未知的章节标题 “" + heading + "”" + suggestion.map(s -> "，应为 “" + s + "”").orElse(
				"：章节为 " + form.sections().stream().map(SectionSpec::heading).collect(Collectors.joining("、")));
		error(message, section, Literals.SECTION__HEADING, IssueCodes.UNKNOWN_SECTION,
				suggestion.map(s -> new String[] { s }).orElse(new String[0]));
	}

	@Check
	public void tablePlacement(Section section) {
		Optional<SectionSpec> spec = resolved(section).form().sectionByNumber(Headings.number(section.getHeading()));
		if (spec.isEmpty()) {
			return;
		}
		if (spec.get().table() != null && section.getTable() == null) {
			error("章节 “" + spec.get().heading() + "” 缺少表格 { … }：表格的每一行都须填写，没有的填 0", section,
					Literals.SECTION__HEADING, IssueCodes.TABLE_PLACEMENT);
		} else if (spec.get().table() == null && section.getTable() != null) {
			errorOnFirstToken("章节 “" + spec.get().heading() + "” 没有表格，只写正文「…」", section.getTable(),
					IssueCodes.TABLE_PLACEMENT);
		}
	}

	@Check
	public void missingRows(Table table) {
		Optional<TableSpec> spec = tableSpec(table);
		if (spec.isEmpty()) {
			return;
		}
		Set<String> written = table.getLines().stream().filter(Row.class::isInstance).map(l -> ((Row) l).getLabel())
				.collect(Collectors.toSet());
		List<RowSpec> missing = spec.get().rows().stream().filter(r -> !written.contains(r.label())).toList();
		if (!missing.isEmpty()) {
			errorOnFirstToken("表格缺少 " + missing.size() + " 行：" + missing.stream().map(RowSpec::label)
					.collect(Collectors.joining("、")) + "（每一行都须填写，没有的填 0）", table, IssueCodes.MISSING_ROWS);
		}
	}

	@Check
	public void duplicateRow(Row row) {
		ResolvedReport resolved = resolved(row);
		resolved.rowSpec(row).ifPresent(spec -> {
			Table table = (Table) row.eContainer();
			Row first = table.getLines().stream().filter(Row.class::isInstance).map(Row.class::cast)
					.filter(r -> r.getLabel().equals(row.getLabel())).findFirst().orElse(row);
			if (first != row) {
				error("行 “" + row.getLabel() + "” 重复出现：每行只能写一次", row, Literals.ROW__LABEL, IssueCodes.DUPLICATE_ROW);
			}
		});
	}

	@Check
	public void unknownRow(Row row) {
		Optional<TableSpec> spec = tableSpec((Table) row.eContainer());
		if (spec.isEmpty() || spec.get().rowByLabel(row.getLabel()).isPresent()
				|| formsWithRow(spec.get().id(), row.getLabel()).size() > 0) {
			return;
		}
		Map<String, String> known = new LinkedHashMap<>();
		spec.get().rows().forEach(r -> {
			known.put(r.label(), r.label());
			known.put(r.verbatim(), r.label());
		});
		Optional<String> suggestion = Suggestions.closest(row.getLabel(), known);
		String message = "未知的行 “" + row.getLabel() + "”" + suggestion.map(s -> "，是否应为 “" + s + "”？").orElse(
				"：本表的行为 " + spec.get().rows().stream().map(RowSpec::label).collect(Collectors.joining("、")));
		error(message, row, Literals.ROW__LABEL, IssueCodes.UNKNOWN_ROW,
				suggestion.map(s -> new String[] { s }).orElse(new String[0]));
	}

	@Check
	public void foreignRow(Row row) {
		Optional<TableSpec> spec = tableSpec((Table) row.eContainer());
		if (spec.isEmpty() || spec.get().rowByLabel(row.getLabel()).isPresent()) {
			return;
		}
		List<String> formats = formsWithRow(spec.get().id(), row.getLabel());
		if (!formats.isEmpty()) {
			String claimed = resolved(row).form().format();
			error("“" + row.getLabel() + "” 是 " + String.join("、", formats) + " 格式的行，但本报告声明 格式 " + claimed
					+ "：请按 " + claimed + " 格式填写，或改为 格式 " + formats.get(0), row, Literals.ROW__LABEL,
					IssueCodes.FOREIGN_ROW);
		}
	}

	@Check
	public void cellCount(Row row) {
		resolved(row).rowSpec(row).ifPresent(spec -> {
			int expected = spec.columns().size();
			int actual = row.getCells().size();
			if (actual == expected) {
				return;
			}
			String should = "“" + row.getLabel() + "” 应有 " + expected + " 个数（"
					+ spec.columns().stream().map(ColumnSpec::label).collect(Collectors.joining(" ")) + "），";
			if (actual > expected) {
				error(should + "实际有 " + actual + " 个：多出的数", row.getCells().get(expected), null, IssueCodes.CELL_COUNT);
			} else {
				error(should + "实际只有 " + actual + " 个", row, Literals.ROW__LABEL, IssueCodes.CELL_COUNT);
			}
		});
	}

	/**
	 * Blank cells (空) count as 0, as the standard reads a published table; a report should still fill
	 * every cell. Said once per table, on its first blank cell, so that a table printed with blanks for
	 * zeros gives one finding, not forty.
	 */
	@Check
	public void blankCells(Table table) {
		List<Cell> blanks = EcoreUtil2.eAllOfType(table, Cell.class).stream().filter(Cell::isBlank).toList();
		if (blanks.isEmpty()) {
			return;
		}
		String first = resolved(table).cellRef(blanks.get(0)).map(CellRef::name).orElse("");
		String count = blanks.size() == 1 ? "此格空白" : "本表有 " + blanks.size() + " 格空白（第一格 " + first + "）";
		warning(count + "，不参与合计核对：每格都应填写，没有的填 0", blanks.get(0), null, IssueCodes.BLANK_CELLS);
	}

	@Check
	public void header(Header header) {
		Table table = (Table) header.eContainer();
		Optional<TableSpec> spec = tableSpec(table);
		if (spec.isEmpty()) {
			return;
		}
		List<TableLine> lines = table.getLines();
		Optional<RowSpec> next = lines.subList(lines.indexOf(header) + 1, lines.size()).stream()
				.filter(Row.class::isInstance).map(l -> spec.get().rowByLabel(((Row) l).getLabel()))
				.flatMap(Optional::stream).findFirst();
		if (next.isEmpty()) {
			return;
		}
		List<String> expected = next.get().columns().stream().map(ColumnSpec::label).toList();
		String corner = HeaderLines.corner(header.getText());
		if (corner.equals(spec.get().corner()) && HeaderLines.columns(header.getText()).equals(expected)) {
			return;
		}
		String correct = spec.get().corner() + "：" + String.join(" ", expected);
		error("表头与表格的列不符，应为 “" + correct + "”（列的顺序和名称须与格式一致）", header, Literals.HEADER__TEXT,
				IssueCodes.HEADER, correct);
	}

	@Check
	public void year(Report report) {
		// java.util's calendar, which EMF has already loaded, rather than java.time's, which would load its
		// time-zone rules for this one number.
		int now = new GregorianCalendar().get(Calendar.YEAR);
		if (report.getYear() > now) {
			error("年度 " + report.getYear() + " 还未到：年度报告写的是已结束的年度（今年是 " + now + " 年）", report,
					Literals.REPORT__YEAR, IssueCodes.YEAR);
		} else if (report.getYear() < FIRST_YEAR) {
			error("年度 " + report.getYear() + " 早于 " + FIRST_YEAR + " 年：《政府信息公开条例》2008 年起施行，之前没有年度报告", report,
					Literals.REPORT__YEAR, IssueCodes.YEAR);
		}
	}

	@Check
	public void format(Report report) {
		if (report.getFormat() != null && !resolved(report).isKnownFormat()) {
			error("未知的格式 “" + report.getFormat() + "”：可用的格式为 " + knownFormats() + "（不写则为 "
					+ forms().defaultFormat() + "）", report, Literals.REPORT__FORMAT, IssueCodes.UNKNOWN_FORMAT);
		}
	}

	@Check
	public void formatForYear(Report report) {
		ResolvedReport resolved = resolved(report);
		if (!resolved.isKnownFormat()) {
			return;
		}
		Optional<Form> due = forms().inForce(report.getYear());
		if (due.isPresent() && !due.get().format().equals(resolved.form().format())) {
			warning(report.getYear() + " 年度的报告应使用 " + due.get().format() + " 格式（" + due.get().source() + "），本报告为 格式 "
					+ resolved.form().format(), report,
					report.getFormat() != null ? Literals.REPORT__FORMAT : Literals.REPORT__YEAR,
					IssueCodes.FORMAT_FOR_YEAR, due.get().format());
		}
	}

	private Optional<TableSpec> tableSpec(Table table) {
		if (!(table.eContainer() instanceof Section section)) {
			return Optional.empty();
		}
		Form form = resolved(table).form();
		return form.sectionByNumber(Headings.number(section.getHeading())).map(SectionSpec::table)
				.flatMap(form::table);
	}

	/** The other formats whose table of this id has a row with this label. */
	private List<String> formsWithRow(String tableId, String label) {
		List<String> formats = new ArrayList<>();
		for (Form form : forms().all()) {
			if (form.table(tableId).flatMap(t -> t.rowByLabel(label)).isPresent()) {
				formats.add(form.format());
			}
		}
		return formats;
	}

	private String knownFormats() {
		return forms().all().stream().map(Form::format).collect(Collectors.joining("、"));
	}
}
