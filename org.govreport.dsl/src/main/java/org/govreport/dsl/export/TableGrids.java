package org.govreport.dsl.export;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.govreport.dsl.form.ColumnSpec;
import org.govreport.dsl.form.RowSpec;
import org.govreport.dsl.form.TableSpec;
import org.govreport.dsl.report.ResolvedReport;

/**
 * Lays a table of the form out as the official form prints it, from the form model alone:
 * <ul>
 * <li>rows whose column lists differ (table 2): one block per item, a title line (第二十条第（一）项), a
 * heading line (信息内容 | columns) and its rows; a block with fewer columns stretches its last one;</li>
 * <li>rows sharing one column list (table 3): the note in the corner, the corner label over all columns,
 * parent headings (法人或其他组织) over their columns, and the row groups (三、本年度办理结果, （三）不予公开)
 * merged down the left;</li>
 * <li>{@link TableSpec.Layout#ACROSS} (table 4): the rows side by side as column groups, the numbers in one
 * line.</li>
 * </ul>
 * The layout depends on the form alone: each table is laid out once and then filled with each report's numbers.
 */
public final class TableGrids {

	/** Each table of the forms in use, laid out (a handful: the forms' tables). */
	private static final Map<TableSpec, Layout> LAYOUTS = new ConcurrentHashMap<>();

	/** Where a number goes: the form's row and column of a number cell. */
	private record Slot(RowSpec row, ColumnSpec column) {
	}

	/** A table laid out with its number cells blank, and the slot of each of them. */
	private record Layout(TableGrid grid, Map<GridCell, Slot> slots) {

		TableGrid filledWith(ResolvedReport report) {
			List<List<GridCell>> rows = grid.rows().stream().map(line -> line.stream().map(cell -> {
				Slot slot = slots.get(cell);
				return slot == null ? cell
						: new GridCell(CellText.of(report.printed(slot.row(), slot.column())), cell.row(), cell.column(),
								cell.rowSpan(), cell.columnSpan(), cell.kind(), cell.cellId());
			}).toList()).toList();
			return new TableGrid(grid.spec(), grid.width(), grid.headerRows(), rows);
		}
	}

	private final List<List<GridCell>> rows = new ArrayList<>();
	private final Map<GridCell, Slot> slots = new IdentityHashMap<>();

	private TableGrids() {
	}

	public static TableGrid of(TableSpec table, ResolvedReport report) {
		return LAYOUTS.computeIfAbsent(table, TableGrids::layOut).filledWith(report);
	}

	private static Layout layOut(TableSpec table) {
		TableGrids grids = new TableGrids();
		TableGrid grid;
		if (table.layout() == TableSpec.Layout.ACROSS) {
			grid = grids.across(table);
		} else {
			grid = table.columnBlocks().size() > 1 ? grids.blocks(table) : grids.down(table);
		}
		return new Layout(grid, grids.slots);
	}

	private TableGrid blocks(TableSpec table) {
		int valueColumns = table.columnBlocks().stream().mapToInt(List::size).max().orElse(0);
		int width = 1 + valueColumns;
		int r = 0;
		List<RowSpec> all = table.rows();
		for (int i = 0; i < all.size(); i++) {
			RowSpec row = all.get(i);
			boolean startsBlock = i == 0 || !all.get(i - 1).columns().equals(row.columns())
					|| !all.get(i - 1).groups().equals(row.groups());
			if (startsBlock) {
				if (!row.groups().isEmpty()) {
					place(r++, 0, 1, width, last(row.groups()), GridCell.Kind.HEADER, null);
				}
				int heading = r++;
				place(heading, 0, 1, 1, nonNull(table.corner()), GridCell.Kind.HEADER, null);
				stretch(row.columns(), valueColumns,
						(column, c, span) -> place(heading, c, 1, span, column.verbatim(), GridCell.Kind.HEADER, null));
			}
			place(r, 0, 1, 1, row.verbatim(), GridCell.Kind.LABEL, null);
			int line = r++;
			stretch(row.columns(), valueColumns, (column, c, span) -> number(line, c, span, row, column));
		}
		return new TableGrid(table, width, 0, grid());
	}

	private TableGrid down(TableSpec table) {
		List<RowSpec> all = table.rows();
		List<ColumnSpec> columns = all.get(0).columns();
		int labelColumns = 1 + all.stream().mapToInt(r -> r.groups().size()).max().orElse(0);
		List<ParentHeading> parents = ParentHeading.over(columns);
		int headerRows = 1 + (parents.isEmpty() ? 1 : 2);
		place(0, 0, headerRows, labelColumns, nonNull(table.note()), GridCell.Kind.HEADER, null);
		place(0, labelColumns, 1, columns.size(), nonNull(table.corner()), GridCell.Kind.HEADER, null);
		for (ParentHeading parent : parents) {
			place(1, labelColumns + parent.first(), 1, parent.span(), parent.text(), GridCell.Kind.HEADER, null);
		}
		for (int j = 0; j < columns.size(); j++) {
			ColumnSpec column = columns.get(j);
			int c = labelColumns + j;
			if (column.parent() == null) {
				place(1, c, headerRows - 1, 1, column.verbatim(), GridCell.Kind.HEADER, null);
			} else {
				place(2, c, 1, 1, column.verbatim(), GridCell.Kind.HEADER, null);
			}
		}
		for (int i = 0; i < all.size(); i++) {
			RowSpec row = all.get(i);
			int r = headerRows + i;
			List<String> groups = row.groups();
			for (int level = 0; level < groups.size(); level++) {
				if (i == 0 || !sharesGroups(all.get(i - 1), row, level + 1)) {
					int span = 1;
					while (i + span < all.size() && sharesGroups(all.get(i + span), row, level + 1)) {
						span++;
					}
					place(r, level, span, 1, groups.get(level), GridCell.Kind.LABEL, null);
				}
			}
			place(r, groups.size(), 1, labelColumns - groups.size(), row.verbatim(), GridCell.Kind.LABEL, null);
			for (int j = 0; j < columns.size(); j++) {
				number(r, labelColumns + j, 1, row, columns.get(j));
			}
		}
		return new TableGrid(table, labelColumns + columns.size(), headerRows, grid());
	}

	private TableGrid across(TableSpec table) {
		List<RowSpec> all = table.rows();
		int levels = 1 + all.stream().mapToInt(r -> r.groups().size()).max().orElse(0);
		int headerRows = levels + 1;
		int c = 0;
		for (int i = 0; i < all.size(); i++) {
			RowSpec row = all.get(i);
			List<String> groups = row.groups();
			for (int level = 0; level < groups.size(); level++) {
				if (i == 0 || !sharesGroups(all.get(i - 1), row, level + 1)) {
					int span = 0;
					for (int k = i; k < all.size() && sharesGroups(all.get(k), row, level + 1); k++) {
						span += all.get(k).columns().size();
					}
					place(level, c, 1, span, groups.get(level), GridCell.Kind.HEADER, null);
				}
			}
			place(groups.size(), c, 1, row.columns().size(), row.verbatim(), GridCell.Kind.HEADER, null);
			for (ColumnSpec column : row.columns()) {
				place(groups.size() + 1, c, levels - groups.size(), 1, column.verbatim(), GridCell.Kind.HEADER, null);
				number(headerRows, c++, 1, row, column);
			}
		}
		return new TableGrid(table, c, headerRows, grid());
	}

	/** Spreads a block's columns over the table's value columns, the last one taking what is left. */
	private static void stretch(List<ColumnSpec> columns, int valueColumns, Placer placer) {
		for (int j = 0; j < columns.size(); j++) {
			int span = j == columns.size() - 1 ? valueColumns - j : 1;
			placer.place(columns.get(j), 1 + j, span);
		}
	}

	@FunctionalInterface
	private interface Placer {
		void place(ColumnSpec column, int gridColumn, int span);
	}

	private List<List<GridCell>> grid() {
		return rows.stream().map(List::copyOf).toList();
	}

	private void number(int r, int c, int span, RowSpec row, ColumnSpec column) {
		slots.put(place(r, c, 1, span, "", GridCell.Kind.NUMBER, row.cellId(column)), new Slot(row, column));
	}

	private GridCell place(int r, int c, int rowSpan, int columnSpan, String text, GridCell.Kind kind, String cellId) {
		while (rows.size() <= r) {
			rows.add(new ArrayList<>());
		}
		List<GridCell> line = rows.get(r);
		GridCell cell = new GridCell(text, r, c, rowSpan, columnSpan, kind, cellId);
		line.add(cell);
		line.sort((a, b) -> Integer.compare(a.column(), b.column()));
		return cell;
	}

	private static boolean sharesGroups(RowSpec a, RowSpec b, int depth) {
		return a.groups().size() >= depth && b.groups().size() >= depth
				&& a.groups().subList(0, depth).equals(b.groups().subList(0, depth));
	}

	private static String last(List<String> list) {
		return list.get(list.size() - 1);
	}

	private static String nonNull(String text) {
		return text == null ? "" : text;
	}
}
