package org.govreport.dsl.ide.sums;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.govreport.dsl.form.SumRule;

/**
 * One instance of a sum rule in a report: the cells on the total side (one total cell, or the right
 * side of a balance) and the cells that add up to it, with the values written in the report.
 *
 * @param rule   the form's rule (R1–R4)
 * @param totals the total side: a single total cell, or {@code total + carried_forward} for R3
 * @param terms  the cells that are added up
 * @param values the number written in each cell; a missing or {@code ?} cell has no entry
 */
public record Sum(SumRule rule, List<CellAddress> totals, List<CellAddress> terms,
		java.util.Map<CellAddress, BigDecimal> values) {

	/** Σ terms; empty when a term is missing or unknown. */
	public Optional<BigDecimal> computed() {
		return add(terms);
	}

	/** What the total side says; empty when a total cell is missing or unknown. */
	public Optional<BigDecimal> written() {
		return add(totals);
	}

	/** True when both sides are known and disagree. */
	public boolean isBroken() {
		Optional<BigDecimal> computed = computed();
		Optional<BigDecimal> written = written();
		return computed.isPresent() && written.isPresent() && computed.get().compareTo(written.get()) != 0;
	}

	public boolean involves(CellAddress cell) {
		return totals.contains(cell) || terms.contains(cell);
	}

	public List<CellAddress> cells() {
		return Stream.concat(totals.stream(), terms.stream()).toList();
	}

	private Optional<BigDecimal> add(List<CellAddress> cells) {
		BigDecimal sum = BigDecimal.ZERO;
		for (CellAddress cell : cells) {
			BigDecimal value = values.get(cell);
			if (value == null) {
				return Optional.empty();
			}
			sum = sum.add(value);
		}
		return Optional.of(sum);
	}
}
