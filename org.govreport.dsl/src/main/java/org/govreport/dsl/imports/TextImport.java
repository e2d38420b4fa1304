package org.govreport.dsl.imports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.govreport.dsl.form.Form;
import org.govreport.dsl.form.Forms;
import org.govreport.dsl.form.RowSpec;
import org.govreport.dsl.form.SectionSpec;
import org.govreport.dsl.form.TableSpec;
import org.govreport.dsl.imports.ImportedReport.ImportedSection;

/**
 * Reads a published report from its lines of text (as scraped, or as extracted from HTML, Word or
 * pdftotext): page furniture out, title and head, the six sections, their prose verbatim and their
 * tables cell by cell.
 */
final class TextImport {

	private final List<String> lines;
	private final List<String> kept = new ArrayList<>();
	private final List<String> dropped = new ArrayList<>();
	private final ReportHead head = new ReportHead();
	private final LineReadings readings = new LineReadings();

	private final ImportForms forms;

	private TextImport(List<String> lines, ImportForms forms) {
		this.lines = lines;
		this.forms = forms;
	}

	static ImportedReport read(List<String> lines, ImportForms forms) {
		return new TextImport(lines, forms).read();
	}

	private ImportedReport read() {
		for (String line : lines) {
			if (PageFurniture.is(readings.plain(line))) {
				head.readDate(line);
				if (LabelKeys.key(line).length() > 0) {
					dropped.add(line.strip());
				}
			} else {
				kept.add(line);
			}
		}
		Form defaultForm = forms.forms().defaultForm();
		List<String> split = RunOnHeadings.split(kept, defaultForm);
		kept.clear();
		kept.addAll(split);
		List<SectionHeadings.Found> headings = SectionHeadings.find(kept, defaultForm, forms.rowAndGroupKeys(), readings);
		int firstHeading = headings.isEmpty() ? kept.size() : headings.get(0).line();
		List<String> headLines = nonBlank(kept.subList(0, firstHeading));
		head.readTitle(headLines);
		headLines.forEach(head::readDate);
		if (!head.yearFromTitle) {
			head.yearFromText(kept);
		}
		Form form = FormChoice.choose(cellKeys(), head.year, forms);

		Map<String, ImportedSection> sections = new LinkedHashMap<>();
		List<ImportNote> notes = new ArrayList<>();
		List<List<String>> bodies = new ArrayList<>();
		for (int h = 0; h < headings.size(); h++) {
			int end = h + 1 < headings.size() ? headings.get(h + 1).line() : kept.size();
			bodies.add(new ArrayList<>(kept.subList(headings.get(h).line() + 1, end)));
		}
		if (!bodies.isEmpty()) {
			dropSignature(bodies.get(bodies.size() - 1));
		}
		TrailingTables.gather(form, headings.stream().map(SectionHeadings.Found::spec).toList(), bodies, readings);
		for (int h = 0; h < headings.size(); h++) {
			SectionHeadings.Found found = headings.get(h);
			sections.put(found.spec().number(), section(form, found, bodies.get(h), notes));
		}
		for (SectionSpec spec : form.sections()) {
			if (!sections.containsKey(spec.number())) {
				notes.add(new ImportNote(ImportNote.Kind.MISSING, spec.number(), null, null, "原文中没有找到这一部分的标题：" + spec.heading()));
			}
		}
		headNotes(notes);
		Preface preface = Preface.of(headLines.subList(Math.min(head.titleLines, headLines.size()), headLines.size()));
		// What stands above the title, and the page's lines below it, are kept in the closing comment.
		dropped.addAll(0, Stream.concat(headLines.subList(0, head.titleStart).stream(), preface.furniture().stream()).toList());
		return new ImportedReport(head.organ, head.year, form, head.date, preface.text(), sections, List.copyOf(dropped),
				List.copyOf(notes));
	}

	private ImportedSection section(Form form, SectionHeadings.Found found, List<String> body, List<ImportNote> notes) {
		String number = found.spec().number();
		SectionSpec spec = form.sectionByNumber(number).orElse(found.spec());
		if (spec.table() == null) {
			return new ImportedSection(found.text(), nonBlank(body), null);
		}
		TableSpec tableSpec = form.table(spec.table()).orElseThrow();
		TableLabels labels = TableLabels.of(tableSpec);
		int start = tableStart(body, labels, readings);
		if (start >= 0) {
			List<String> joined = CutNumbers.join(body.subList(start, body.size()), readings);
			body = new ArrayList<>(body.subList(0, start));
			body.addAll(joined);
		}
		List<Token> tokens = new ArrayList<>();
		for (int i = Math.max(start, 0); i < body.size() && start >= 0; i++) {
			readings.cells(body.get(i), i).forEach(t -> tokens.addAll(labels.separate(t)));
		}
		ImportedTable table = new TableReader(labels).read(tokens);
		List<String> prose = new ArrayList<>(nonBlank(start < 0 ? body : body.subList(0, start)));
		if (table.lastLine() >= 0) {
			prose.addAll(nonBlank(body.subList(table.lastLine() + 1, body.size())));
		}
		cellNotes(number, table, notes);
		return new ImportedSection(found.text(), prose, table);
	}

	/** The first line with a label of the table in it. */
	static int tableStart(List<String> body, TableLabels labels, LineReadings readings) {
		for (int i = 0; i < body.size(); i++) {
			for (Token cell : readings.cells(body.get(i))) {
				for (Token token : labels.separate(cell)) {
					if (token.kind() == Token.Kind.TEXT
							&& (labels.isLabel(token.text()) || labels.row(token.text(), Set.of()).isPresent())) {
						return i;
					}
				}
			}
		}
		return -1;
	}

	private static void cellNotes(String section, ImportedTable table, List<ImportNote> notes) {
		if (table.problem() != null) {
			notes.add(new ImportNote(ImportNote.Kind.TEXT, section, null, null, table.problem()));
		}
		if (table.lastLine() < 0) {
			notes.add(new ImportNote(ImportNote.Kind.MISSING, section, null, null, "原文中没有找到这一部分的表格"));
			return;
		}
		for (RowSpec row : table.spec().rows()) {
			List<ImportedCell> cells = table.cells().get(row.id());
			if (cells.stream().allMatch(c -> c.status() == ImportedCell.Status.MISSING)) {
				notes.add(new ImportNote(ImportNote.Kind.MISSING, section, row.label(), null, row.verbatim()));
				continue;
			}
			for (int c = 0; c < cells.size(); c++) {
				ImportedCell cell = cells.get(c);
				ImportNote.Kind kind = switch (cell.status()) {
				case READ, BLANK -> null;
				case WITH_UNIT -> ImportNote.Kind.UNIT;
				case NOT_APPLICABLE -> ImportNote.Kind.NOT_APPLICABLE;
				case UNREADABLE, MISSING -> ImportNote.Kind.UNREADABLE;
				};
				if (kind != null) {
					notes.add(new ImportNote(kind, section, row.label(), row.columns().get(c).label(), cell.raw()));
				}
			}
		}
		table.leftovers().forEach(text -> notes.add(new ImportNote(ImportNote.Kind.TEXT, section, null, null, text)));
	}

	private void headNotes(List<ImportNote> notes) {
		if (head.organ.isEmpty()) {
			notes.add(new ImportNote(ImportNote.Kind.HEAD, null, null, null, "原文中没有找到机关名称（标题缺失）：请在“报告”后填写"));
		}
		if (head.year == 0) {
			notes.add(new ImportNote(ImportNote.Kind.HEAD, null, null, null, "原文中没有找到报告年度：请在“年度”后填写"));
		} else if (!head.yearFromTitle) {
			notes.add(new ImportNote(ImportNote.Kind.HEAD, null, null, null,
					"原文没有标题，年度 " + head.year + " 取自正文中最常出现的年份：请核对"));
		}
	}

	/** Drops the organ's name and the date under the last section (the signature), reading them. */
	private void dropSignature(List<String> body) {
		int at = dropped.size();
		for (int i = body.size() - 1; i >= 0; i--) {
			String line = body.get(i);
			if (line.isBlank()) {
				continue;
			}
			if (!head.readSignature(line)) {
				return;
			}
			dropped.add(at, line.strip());
			body.remove(i);
		}
	}

	private Set<String> cellKeys() {
		Set<String> keys = new HashSet<>();
		for (int i = 0; i < kept.size(); i++) {
			for (Token token : readings.cells(kept.get(i))) {
				if (token.kind() == Token.Kind.TEXT) {
					keys.add(LabelKeys.key(token.text()));
				}
			}
		}
		return keys;
	}

	private static List<String> nonBlank(List<String> lines) {
		return lines.stream().filter(l -> !l.isBlank()).map(String::strip).toList();
	}
}
