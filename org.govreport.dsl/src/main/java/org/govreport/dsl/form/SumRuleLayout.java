package org.govreport.dsl.form;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays a table's sum rules out over its cells: R1 once per row that has the total column, R2 and R3 once
 * per column of their first row. A rule that names a row or column the table does not have is a mistake
 * in the form's definition, reported when the form is read rather than silently checking nothing.
 */
final class SumRuleLayout {

	private final String table;
	private final TableSpec.RowIndex index;
	private final List<RowSpec> rows;

	private SumRuleLayout(String table, TableSpec.RowIndex index, List<RowSpec> rows) {
		this.table = table;
		this.index = index;
		this.rows = rows;
	}

	static List<EquationCells> of(String table, TableSpec.RowIndex index, List<RowSpec> rows, List<SumRule> rules) {
		SumRuleLayout layout = new SumRuleLayout(table, index, rows);
		List<EquationCells> out = new ArrayList<>();
		for (SumRule rule : rules) {
			switch (rule.kind()) {
			case ROW_TOTAL -> layout.rowTotals(rule, out);
			case COLUMN_TOTAL -> layout.columnTotals(rule, out);
			case BALANCE -> layout.balances(rule, out);
			}
		}
		return List.copyOf(out);
	}

	private void rowTotals(SumRule rule, List<EquationCells> out) {
		require(rule, !rule.terms().isEmpty(), "没有加项（terms）");
		for (String column : rule.terms()) {
			require(rule, rows.stream().anyMatch(r -> r.column(column) != null), "加项列 “" + column + "” 不在本表中");
		}
		int before = out.size();
		for (RowSpec row : rows) {
			ColumnSpec total = row.column(rule.total());
			if (total == null) {
				continue;
			}
			List<CellRef> terms = rule.terms().stream().map(row::column).filter(c -> c != null)
					.map(c -> new CellRef(row, c)).toList();
			out.add(new EquationCells(rule, CellRef.rowName(row), List.of(new CellRef(row, total)), terms, true));
		}
		require(rule, out.size() > before, "合计列 “" + rule.total() + "” 不在本表中");
	}

	private void columnTotals(SumRule rule, List<EquationCells> out) {
		RowSpec total = row(rule, rule.total());
		require(rule, !rule.terms().isEmpty(), "没有加项（terms）");
		rule.terms().forEach(id -> row(rule, id));
		for (ColumnSpec column : total.columns()) {
			out.add(new EquationCells(rule, column.label(), List.of(new CellRef(total, column)),
					cells(rule.terms(), column), true));
		}
	}

	private void balances(SumRule rule, List<EquationCells> out) {
		require(rule, !rule.left().isEmpty() && !rule.right().isEmpty(), "两边（left、right）都要有行");
		rule.left().forEach(id -> row(rule, id));
		rule.right().forEach(id -> row(rule, id));
		for (ColumnSpec column : row(rule, rule.left().get(0)).columns()) {
			out.add(new EquationCells(rule, column.label(), cells(rule.left(), column), cells(rule.right(), column),
					false));
		}
	}

	private RowSpec row(SumRule rule, String id) {
		require(rule, id != null && index.byId().containsKey(id), "行 “" + id + "” 不在本表中");
		return index.byId().get(id);
	}

	/** The cells of the rows under one column, skipping rows that do not have it. */
	private List<CellRef> cells(List<String> rowIds, ColumnSpec column) {
		return rowIds.stream().map(index.byId()::get).filter(r -> r.column(column.id()) != null)
				.map(r -> new CellRef(r, r.column(column.id()))).toList();
	}

	private void require(SumRule rule, boolean condition, String problem) {
		if (!condition) {
			throw new FormDefinitionException("表 " + table + " 的合计规则 " + rule.code() + "：" + problem);
		}
	}
}
