package org.govreport.dsl.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.govreport.dsl.form.Checks;
import org.govreport.dsl.form.ColumnSpec;
import org.govreport.dsl.form.Form;
import org.govreport.dsl.form.RowSpec;

/**
 * The checks between a report and the same organ's report of the previous year, on their
 * {@link CarryOverFacts}: 上年结转 = last year's 结转下年 column by column (R6), and the stock of normative
 * documents = last year's + 本年制发 − 本年废止 (W2). One piece of logic for the validator (last year named by
 * {@code 上年报告}) and the region audit (last year found by pairing).
 */
public final class CarryOverComparison {

	/**
	 * One difference, on this year's cell {@code row}·{@code column}.
	 *
	 * @param code     {@link IssueCodes#CARRY_OVER} (an error) or {@link IssueCodes#STOCK} (a warning)
	 * @param expected the value last year's report gives
	 */
	public record Difference(String code, RowSpec row, ColumnSpec column, BigDecimal expected, String message) {

		public boolean isError() {
			return IssueCodes.CARRY_OVER.equals(code);
		}
	}

	private CarryOverComparison() {
	}

	/** The differences of this year's report (read through {@code form}) against last year's. */
	public static List<Difference> differences(CarryOverFacts lastYear, Form lastYearsForm, CarryOverFacts thisYear,
			Form form, Checks checks) {
		List<Difference> differences = new ArrayList<>();
		carryOver(lastYear, lastYearsForm, thisYear, form, checks.carryOver(), differences);
		stock(lastYear, thisYear, form, checks.stock(), differences);
		return differences;
	}

	private static void carryOver(CarryOverFacts lastYear, Form lastYearsForm, CarryOverFacts thisYear, Form form,
			Checks.CarryOver rule, List<Difference> differences) {
		Optional<RowSpec> row = form.table(rule.table()).flatMap(t -> t.row(rule.row()));
		if (row.isEmpty()) {
			return;
		}
		String from = lastYearsForm.table(rule.table()).flatMap(t -> t.row(rule.from())).map(RowSpec::label)
				.orElse(rule.from());
		for (ColumnSpec column : row.get().columns()) {
			BigDecimal carried = lastYear.carriedForward().get(column.id());
			BigDecimal written = thisYear.carriedOver().get(column.id());
			if (carried != null && written != null && carried.compareTo(written) != 0) {
				differences.add(new Difference(IssueCodes.CARRY_OVER, row.get(), column, carried,
						row.get().label() + "·" + column.label() + " 应为 " + carried.toPlainString() + "（上年报告 " + from
								+ "·" + column.label() + "），实际为 " + written.toPlainString()));
			}
		}
	}

	private static void stock(CarryOverFacts lastYear, CarryOverFacts thisYear, Form form, Checks.Stock rule,
			List<Difference> differences) {
		Optional<RowSpec> row = form.table(rule.table()).flatMap(t -> t.row(rule.row()));
		if (row.isEmpty() || row.get().column(rule.total()) == null || lastYear.stock().isEmpty()
				|| thisYear.stockPlus().isEmpty() || thisYear.stockMinus().isEmpty() || thisYear.stock().isEmpty()) {
			return;
		}
		BigDecimal last = lastYear.stock().get();
		BigDecimal plus = thisYear.stockPlus().get();
		BigDecimal minus = thisYear.stockMinus().get();
		BigDecimal written = thisYear.stock().get();
		BigDecimal expected = last.add(plus).subtract(minus);
		if (expected.compareTo(written) != 0) {
			ColumnSpec total = row.get().column(rule.total());
			differences.add(new Difference(IssueCodes.STOCK, row.get(), total, expected,
					row.get().label() + "·" + total.label() + " 为 " + written.toPlainString() + "，按上年 "
							+ last.toPlainString() + " + 本年" + names(row.get(), rule.plus()) + " " + plus.toPlainString()
							+ " − 本年" + names(row.get(), rule.minus()) + " " + minus.toPlainString() + " 应为 "
							+ expected.toPlainString() + "（清理文件等情况可不同，请核实）"));
		}
	}

	private static String names(RowSpec row, List<String> columns) {
		return String.join("+", columns.stream().map(row::column).filter(Objects::nonNull).map(ColumnSpec::label).toList());
	}
}
