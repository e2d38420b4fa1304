package org.govreport.dsl.imports;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.govreport.dsl.form.CellRef;
import org.govreport.dsl.form.TableSpec;
import org.govreport.dsl.form.ValueKind;
import org.govreport.dsl.report.ArithmeticAnalysis;
import org.govreport.dsl.report.ArithmeticAnalysis.Sides;

/**
 * Whether a reading of a table can be true under the form's sum rules, when some of its cells are not
 * known. A sum with every cell known must hold; a sum with one cell unknown fixes that cell, which must
 * then be a count (whole, not negative) for the rest to be tested against it. A reading that survives is
 * consistent; an importer keeps a number whose place was not read only when every consistent reading
 * puts it in the same cell.
 */
final class SumProof {

	/** By identity: a table's record hash walks all its rows, and the forms never change while the tool runs. */
	private static final Map<TableSpec, SumProof> ALL = Collections.synchronizedMap(new IdentityHashMap<>());

	private final List<Sides> sums;

	private SumProof(TableSpec table) {
		this.sums = ArithmeticAnalysis.sides(table);
	}

	static SumProof of(TableSpec table) {
		return ALL.computeIfAbsent(table, SumProof::new);
	}

	/** Whether the table has sums at all: without them nothing can be proven. */
	boolean hasSums() {
		return !sums.isEmpty();
	}

	/** Whether every sum can hold with these cells known (the others free). */
	boolean consistent(Map<CellRef, BigDecimal> known) {
		Map<CellRef, BigDecimal> values = new HashMap<>(known);
		boolean changed = true;
		while (changed) {
			changed = false;
			for (Sides sum : sums) {
				CellRef unknown = null;
				int unknowns = 0;
				BigDecimal balance = BigDecimal.ZERO; // left minus right, over the known cells
				for (CellRef ref : sum.left()) {
					BigDecimal v = values.get(ref);
					if (v == null) {
						unknowns++;
						unknown = ref;
					} else {
						balance = balance.add(v);
					}
				}
				for (CellRef ref : sum.right()) {
					BigDecimal v = values.get(ref);
					if (v == null) {
						unknowns++;
						unknown = ref;
					} else {
						balance = balance.subtract(v);
					}
				}
				if (unknowns == 0 && balance.signum() != 0) {
					return false;
				}
				if (unknowns == 1) {
					BigDecimal solved = sum.left().contains(unknown) ? balance.negate() : balance;
					if (!couldBe(unknown, solved)) {
						return false;
					}
					values.put(unknown, solved);
					changed = true;
				}
			}
		}
		return true;
	}

	/** Whether some sum has this cell and every other cell known: the cell's number is then put to the test. */
	boolean tests(CellRef cell, Map<CellRef, BigDecimal> known) {
		return sums.stream().anyMatch(sum -> (sum.left().contains(cell) || sum.right().contains(cell))
				&& sum.left().stream().allMatch(ref -> ref.equals(cell) || known.containsKey(ref))
				&& sum.right().stream().allMatch(ref -> ref.equals(cell) || known.containsKey(ref)));
	}

	private static boolean couldBe(CellRef cell, BigDecimal value) {
		if (value.signum() < 0) {
			return false;
		}
		return cell.column().kind() == ValueKind.DECIMAL || value.stripTrailingZeros().scale() <= 0;
	}
}
