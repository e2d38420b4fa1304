package org.govreport.dsl.form;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One format version of the annual report (2021 = 国办公开办函〔2021〕30号): sections and tables.
 *
 * @param format    the version a report names after 格式
 * @param name      the form's official name
 * @param source    the notice that issued it
 * @param firstYear the first report year it applies to
 * @param sections  the six sections, in order
 * @param tables    the tables, in order
 */
public record Form(String format, String name, String source, int firstYear, List<SectionSpec> sections,
		List<TableSpec> tables) {

	// Plain loops over three tables and six sections: called for every written row and cell.
	public Optional<TableSpec> table(String tableId) {
		for (TableSpec table : tables) {
			if (table.id().equals(tableId)) {
				return Optional.of(table);
			}
		}
		return Optional.empty();
	}

	public Optional<SectionSpec> sectionByNumber(String number) {
		int index = sectionIndex(number);
		return index < 0 ? Optional.empty() : Optional.of(sections.get(index));
	}

	/** The section's position (0 for 一), or -1; by number, as a record's equals is costly on first use. */
	public int sectionIndex(String number) {
		for (int i = 0; i < sections.size(); i++) {
			if (sections.get(i).number().equals(number)) {
				return i;
			}
		}
		return -1;
	}

	/** A cell by canonical id: {@code requests.granted.natural_person}; row ids may contain dots. */
	public Optional<CellRef> cell(String cellId) {
		int first = cellId.indexOf('.');
		int last = cellId.lastIndexOf('.');
		if (first < 0 || last <= first) {
			return Optional.empty();
		}
		String rowId = cellId.substring(first + 1, last);
		String columnId = cellId.substring(last + 1);
		return table(cellId.substring(0, first)).flatMap(t -> t.row(rowId))
				.flatMap(r -> Optional.ofNullable(r.column(columnId)).map(c -> new CellRef(r, c)));
	}

	/** Every row of every table, in the form's order. */
	public List<RowSpec> allRows() {
		return tables.stream().flatMap(t -> t.rows().stream()).toList();
	}

	/** By its identifying components (equal records share them): the default hashes the whole nested form on every lookup. */
	@Override
	public int hashCode() {
		return Objects.hashCode(format);
	}
}
