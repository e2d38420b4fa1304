package org.govreport.dsl.ide.sums;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.govreport.dsl.form.ColumnSpec;
import org.govreport.dsl.form.RowSpec;
import org.govreport.dsl.form.SumRule;
import org.govreport.dsl.form.TableSpec;
import org.govreport.dsl.govReport.Cell;
import org.govreport.dsl.govReport.Report;
import org.govreport.dsl.report.ResolvedReport;

/**
 * The sum rules of the form (R1–R4) laid over one report: every sum with the cells it involves and
 * their values. Hover, code lens and diagnostics explain totals through it, so they agree.
 */
public final class ReportSums {

	private final ResolvedReport report;
	private final ReportPlaces places;
	private final List<Sum> sums = new ArrayList<>();

	private ReportSums(ResolvedReport report) {
		this.report = report;
		this.places = ReportPlaces.of(report);
		for (TableSpec table : report.form().tables()) {
			for (SumRule rule : table.rules()) {
				switch (rule.kind()) {
				case ROW_TOTAL -> rowTotals(table, rule);
				case COLUMN_TOTAL -> columnTotals(table, rule);
				case BALANCE -> balances(table, rule);
				}
			}
		}
	}

	public static ReportSums of(Report report) {
		return new ReportSums(ResolvedReport.of(report));
	}

	public ResolvedReport report() {
		return report;
	}

	public ReportPlaces places() {
		return places;
	}

	public List<Sum> all() {
		return sums;
	}

	/** The sums whose single total cell is this one (R1, R2, R4); a balance has no single total. */
	public List<Sum> withTotal(CellAddress cell) {
		return sums.stream().filter(s -> s.rule().kind() != SumRule.Kind.BALANCE && s.totals().equals(List.of(cell)))
				.toList();
	}

	public List<Sum> involving(CellAddress cell) {
		return sums.stream().filter(s -> s.involves(cell)).toList();
	}

	/** The cell of the report written at this address, if any. */
	public Optional<Cell> cell(CellAddress address) {
		return report.cell(address.row(), address.column());
	}

	private void rowTotals(TableSpec table, SumRule rule) {
		for (RowSpec row : table.rows()) {
			ColumnSpec total = row.column(rule.total());
			List<ColumnSpec> terms = rule.terms().stream().map(row::column).toList();
			if (total != null && !terms.contains(null)) {
				add(rule, List.of(new CellAddress(row, total)), terms.stream().map(c -> new CellAddress(row, c)).toList());
			}
		}
	}

	private void columnTotals(TableSpec table, SumRule rule) {
		table.row(rule.total()).ifPresent(totalRow -> {
			List<RowSpec> terms = rows(table, rule.terms());
			for (ColumnSpec column : totalRow.columns()) {
				add(rule, List.of(new CellAddress(totalRow, column)), across(terms, column));
			}
		});
	}

	private void balances(TableSpec table, SumRule rule) {
		List<RowSpec> left = rows(table, rule.left());
		List<RowSpec> right = rows(table, rule.right());
		if (left.isEmpty()) {
			return;
		}
		for (ColumnSpec column : left.get(0).columns()) {
			add(rule, across(right, column), across(left, column));
		}
	}

	private static List<RowSpec> rows(TableSpec table, List<String> ids) {
		return ids.stream().map(table::row).flatMap(Optional::stream).toList();
	}

	private static List<CellAddress> across(List<RowSpec> rows, ColumnSpec column) {
		return rows.stream().filter(r -> r.column(column.id()) != null)
				.map(r -> new CellAddress(r, r.column(column.id()))).toList();
	}

	private void add(SumRule rule, List<CellAddress> totals, List<CellAddress> terms) {
		Map<CellAddress, BigDecimal> values = new HashMap<>();
		for (List<CellAddress> side : List.of(totals, terms)) {
			for (CellAddress cell : side) {
				report.value(cell.row(), cell.column()).ifPresent(v -> values.put(cell, v));
			}
		}
		sums.add(new Sum(rule, totals, terms, values));
	}
}
