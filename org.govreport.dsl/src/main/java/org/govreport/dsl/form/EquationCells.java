package org.govreport.dsl.form;

import java.util.List;
import java.util.Objects;

/**
 * One instance of a sum rule in a table: which cells it relates, Σ {@code left} = Σ {@code right}. A
 * total rule (R1 per row, R2 per column …) has the total cell alone on the left and its terms on the
 * right; a balance (R3 per column) has rows on both sides. The cells depend on the form only, so they
 * are laid out once, when the form is read.
 *
 * @param rule          the rule it is an instance of
 * @param scope         the row or column it runs along, as users read it (自然人, 本年新收 …)
 * @param left          the total cell, or the left side of a balance
 * @param right         the terms, or the right side of a balance
 * @param anchorIsTotal whether a broken instance is reported on its total (else on the last right cell)
 */
public record EquationCells(SumRule rule, String scope, List<CellRef> left, List<CellRef> right,
		boolean anchorIsTotal) {

	/** By its identifying components (equal records share them): the default hashes the whole nested form on every lookup. */
	@Override
	public int hashCode() {
		return 31 * Objects.hashCode(rule.code()) + Objects.hashCode(scope);
	}
}
