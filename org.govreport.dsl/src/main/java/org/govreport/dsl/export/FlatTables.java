package org.govreport.dsl.export;

import java.util.ArrayList;
import java.util.List;

import org.govreport.dsl.form.ColumnSpec;
import org.govreport.dsl.form.RowSpec;
import org.govreport.dsl.form.TableSpec;
import org.govreport.dsl.report.ResolvedReport;

/**
 * Flattens a table of the form for Markdown and text: one table per item when the items have their own
 * columns (table 2, captioned with the item), else one table captioned with the note the official form
 * prints in its corner, rows down
 * the page, each group announced by a label-only row.
 */
public final class FlatTables {

	private FlatTables() {
	}

	public static List<FlatTable> of(TableSpec table, ResolvedReport report) {
		List<FlatTable> tables = new ArrayList<>();
		boolean perItem = table.columnBlocks().size() > 1;
		List<RowSpec> all = table.rows();
		List<FlatTable.Row> rows = null;
		for (int i = 0; i < all.size(); i++) {
			RowSpec row = all.get(i);
			RowSpec previous = i == 0 ? null : all.get(i - 1);
			if (previous == null || (perItem && !(previous.columns().equals(row.columns())
					&& previous.groups().equals(row.groups())))) {
				rows = new ArrayList<>();
				String caption = perItem ? (row.groups().isEmpty() ? null : row.groups().get(row.groups().size() - 1))
						: note(table);
				tables.add(new FlatTable(caption, header(table, row.columns()), ParentHeading.over(row.columns()), rows));
			}
			int depth = perItem ? 0 : row.groups().size();
			if (!perItem) {
				for (int level = commonGroups(previous, row); level < depth; level++) {
					rows.add(new FlatTable.Row(row.groups().get(level), level, List.of(), List.of()));
				}
			}
			rows.add(new FlatTable.Row(row.verbatim(), depth,
					row.columns().stream().map(c -> CellText.of(report.printed(row, c))).toList(),
					row.columns().stream().map(row::cellId).toList()));
		}
		return tables.stream()
				.map(t -> new FlatTable(t.caption(), t.header(), t.parents(), List.copyOf(t.rows()))).toList();
	}

	/** The note the official form prints with the table: only a table laid down the page has a corner for it. */
	private static String note(TableSpec table) {
		return table.layout() == TableSpec.Layout.DOWN ? table.note() : null;
	}

	private static List<String> header(TableSpec table, List<ColumnSpec> columns) {
		List<String> header = new ArrayList<>();
		header.add(table.corner() == null ? "" : table.corner());
		columns.forEach(c -> header.add(c.verbatim()));
		return List.copyOf(header);
	}

	/** How many outer groups two neighbouring rows share. */
	private static int commonGroups(RowSpec previous, RowSpec row) {
		if (previous == null) {
			return 0;
		}
		int n = 0;
		while (n < previous.groups().size() && n < row.groups().size()
				&& previous.groups().get(n).equals(row.groups().get(n))) {
			n++;
		}
		return n;
	}
}
