package org.govreport.dsl.validation;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.govreport.dsl.form.Checks;
import org.govreport.dsl.form.ColumnSpec;
import org.govreport.dsl.form.RowSpec;
import org.govreport.dsl.report.ResolvedReport;

/**
 * The few cells of one report that the checks between consecutive years (R6, W2) compare: small enough to
 * keep for every report of a region audit, where last year's report is found after both were read.
 *
 * @param carriedOver    this year's 上年结转, column id → value (cells that are ? are left out)
 * @param carriedForward this year's 结转下年, column id → value
 * @param stock          the stock row's total (现行有效件数), when written
 * @param stockPlus      Σ of the stock rule's plus columns (本年制发), when all are written
 * @param stockMinus     Σ of its minus columns (本年废止), when all are written
 */
public record CarryOverFacts(Map<String, BigDecimal> carriedOver, Map<String, BigDecimal> carriedForward,
		Optional<BigDecimal> stock, Optional<BigDecimal> stockPlus, Optional<BigDecimal> stockMinus) {

	public static CarryOverFacts of(ResolvedReport report, Checks checks) {
		Checks.CarryOver carry = checks.carryOver();
		Checks.Stock stock = checks.stock();
		return new CarryOverFacts(row(report, carry.table(), carry.row()), row(report, carry.table(), carry.from()),
				report.value(stock.table(), stock.row(), stock.total()), sum(report, stock, stock.plus()),
				sum(report, stock, stock.minus()));
	}

	private static Map<String, BigDecimal> row(ResolvedReport report, String table, String row) {
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		Optional<RowSpec> spec = report.form().table(table).flatMap(t -> t.row(row));
		if (spec.isPresent()) {
			for (ColumnSpec column : spec.get().columns()) {
				report.value(spec.get(), column).ifPresent(v -> values.put(column.id(), v));
			}
		}
		return values;
	}

	private static Optional<BigDecimal> sum(ResolvedReport report, Checks.Stock rule, List<String> columns) {
		BigDecimal sum = BigDecimal.ZERO;
		for (String column : columns) {
			Optional<BigDecimal> v = report.value(rule.table(), rule.row(), column);
			if (v.isEmpty()) {
				return Optional.empty();
			}
			sum = sum.add(v.get());
		}
		return Optional.of(sum);
	}
}
