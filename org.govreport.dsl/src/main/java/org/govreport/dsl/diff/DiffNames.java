package org.govreport.dsl.diff;

import org.govreport.dsl.form.CellRef;
import org.govreport.dsl.form.Form;
import org.govreport.dsl.form.RowSpec;
import org.govreport.dsl.form.SectionSpec;

/** How the diff names rows and cells: the section's numeral before the form's names ({@code 三·予以公开·自然人}). */
final class DiffNames {

	private DiffNames() {
	}

	static String cell(Form form, CellRef cell) {
		return section(form, cell.row().table()) + "·" + cell.name();
	}

	static String row(Form form, RowSpec row) {
		return section(form, row.table()) + "·" + CellRef.rowName(row);
	}

	/** The section whose table this is, by its numeral; the table's id if no section holds it. */
	static String section(Form form, String tableId) {
		return form.sections().stream().filter(s -> tableId.equals(s.table())).map(SectionSpec::number)
				.findFirst().orElse(tableId);
	}

	static String heading(Form form, String tableId) {
		return form.sections().stream().filter(s -> tableId.equals(s.table())).map(SectionSpec::heading)
				.findFirst().orElse(tableId);
	}
}
