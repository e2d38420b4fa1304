package org.govreport.dsl.form;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A table of the form: its rows in order (each with its own columns) and its sum rules.
 *
 * @param id     canonical id (proactive, requests, appeals)
 * @param corner the label of the header's corner cell (申请人情况)
 * @param note   the form's note printed with the table, or null
 * @param rows   every row, in the form's order
 * @param rules  the arithmetic the table must satisfy
 * @param layout how the official form prints it
 * @param index     its rows by id and by label, built once: checks look rows up for every written row
 * @param equations every instance of its sum rules, in the rules' order
 */
public record TableSpec(String id, String corner, String note, List<RowSpec> rows, List<SumRule> rules,
		Layout layout, RowIndex index, List<EquationCells> equations) {

	/**
	 * A table with its row index and its rules' instances laid out.
	 *
	 * @throws FormDefinitionException when a rule names a row or column the table does not have
	 */
	public static TableSpec of(String id, String corner, String note, List<RowSpec> rows, List<SumRule> rules,
			Layout layout) {
		RowIndex index = RowIndex.of(rows);
		return new TableSpec(id, corner, note, rows, rules, layout, index, SumRuleLayout.of(id, index, rows, rules));
	}

	/** The rows of a table by canonical id and by label (the first row of each, as the form lists them). */
	public record RowIndex(Map<String, RowSpec> byId, Map<String, RowSpec> byLabel) {

		static RowIndex of(List<RowSpec> rows) {
			Map<String, RowSpec> byId = new HashMap<>();
			Map<String, RowSpec> byLabel = new HashMap<>();
			for (RowSpec row : rows) {
				byId.putIfAbsent(row.id(), row);
				byLabel.putIfAbsent(row.label(), row);
			}
			return new RowIndex(Map.copyOf(byId), Map.copyOf(byLabel));
		}
	}

	/** How the official form lays a table out on the page. */
	public enum Layout {
		/** Rows down the page, columns across (tables 2 and 3). */
		DOWN,
		/**
		 * The model's rows side by side as groups of columns, their cells in one line (table 4: 行政复议 and
		 * 行政诉讼 across the top, the numbers in a single row).
		 */
		ACROSS
	}

	public Optional<RowSpec> row(String rowId) {
		return Optional.ofNullable(index.byId().get(rowId));
	}

	public Optional<RowSpec> rowByLabel(String label) {
		return Optional.ofNullable(index.byLabel().get(label));
	}

	/** The distinct column lists of the table, in order: one for tables 3 and 4, one per item in table 2. */
	public List<List<ColumnSpec>> columnBlocks() {
		return rows.stream().map(RowSpec::columns).distinct().toList();
	}

	/** By its identifying components (equal records share them): the default hashes the whole nested form on every lookup. */
	@Override
	public int hashCode() {
		return Objects.hashCode(id);
	}
}
