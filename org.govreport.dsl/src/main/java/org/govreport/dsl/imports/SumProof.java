package org.govreport.dsl.imports;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.govreport.dsl.form.EquationCells;
import org.govreport.dsl.form.CellRef;
import org.govreport.dsl.form.ColumnSpec;
import org.govreport.dsl.form.RowSpec;
import org.govreport.dsl.form.TableSpec;
import org.govreport.dsl.form.ValueKind;
import org.govreport.dsl.report.ArithmeticAnalysis;

/**
 * Whether a reading of a table can be true under the form's sum rules, when some of its cells are not
 * known. A sum with every cell known must hold; a sum with one cell unknown fixes that cell, which must
 * then be a count (whole, not negative) for the rest to be tested against it. A reading that survives is
 * consistent; an importer keeps a number whose place was not read only when every consistent reading
 * puts it in the same cell.
 *
 * <p>
 * A reading is an array of the table's cells ({@link #cells()}, indexed by {@link #index}), null where
 * unknown: proofs try thousands of readings, and a cell's record hash walks its whole row.
 */
final class SumProof {

	/** By identity: a table's record hash walks all its rows, and the forms never change while the tool runs. */
	private static final Map<TableSpec, SumProof> ALL = Collections.synchronizedMap(new IdentityHashMap<>());

	private final Map<RowSpec, Integer> firstCell = new IdentityHashMap<>();
	private final int size;
	private final boolean[] decimal;
	/** Per sum, the cells of its left and right sides. */
	private final int[][] left;
	private final int[][] right;

	private SumProof(TableSpec table) {
		int next = 0;
		for (RowSpec row : table.rows()) {
			firstCell.put(row, next);
			next += row.columns().size();
		}
		size = next;
		decimal = new boolean[size];
		for (RowSpec row : table.rows()) {
			for (int c = 0; c < row.columns().size(); c++) {
				decimal[firstCell.get(row) + c] = row.columns().get(c).kind() == ValueKind.DECIMAL;
			}
		}
		List<EquationCells> sums = table.equations();
		left = new int[sums.size()][];
		right = new int[sums.size()][];
		for (int s = 0; s < sums.size(); s++) {
			left[s] = sums.get(s).left().stream().mapToInt(this::index).toArray();
			right[s] = sums.get(s).right().stream().mapToInt(this::index).toArray();
		}
	}

	static SumProof of(TableSpec table) {
		return ALL.computeIfAbsent(table, SumProof::new);
	}

	/** Whether the table has sums at all: without them nothing can be proven. */
	boolean hasSums() {
		return left.length > 0;
	}

	/** A reading with no cell known. */
	BigDecimal[] cells() {
		return new BigDecimal[size];
	}

	int index(CellRef ref) {
		List<ColumnSpec> columns = ref.row().columns();
		for (int c = 0; c < columns.size(); c++) {
			if (columns.get(c) == ref.column()) {
				return firstCell.get(ref.row()) + c;
			}
		}
		throw new IllegalArgumentException("not a cell of the table: " + ref.id());
	}

	/** Whether every sum can hold with these cells known (the others free). */
	boolean consistent(BigDecimal[] known) {
		BigDecimal[] values = known.clone();
		boolean changed = true;
		while (changed) {
			changed = false;
			for (int s = 0; s < left.length; s++) {
				int unknown = -1;
				int unknowns = 0;
				boolean unknownOnLeft = false;
				BigDecimal balance = BigDecimal.ZERO; // left minus right, over the known cells
				for (int cell : left[s]) {
					if (values[cell] == null) {
						unknowns++;
						unknown = cell;
						unknownOnLeft = true;
					} else {
						balance = balance.add(values[cell]);
					}
				}
				for (int cell : right[s]) {
					if (values[cell] == null) {
						unknowns++;
						unknown = cell;
						unknownOnLeft = false;
					} else {
						balance = balance.subtract(values[cell]);
					}
				}
				if (unknowns == 0 && balance.signum() != 0) {
					return false;
				}
				if (unknowns == 1) {
					BigDecimal solved = unknownOnLeft ? balance.negate() : balance;
					if (solved.signum() < 0 || !decimal[unknown] && solved.stripTrailingZeros().scale() > 0) {
						return false;
					}
					values[unknown] = solved;
					changed = true;
				}
			}
		}
		return true;
	}

	/** Whether some sum has this cell and every other cell known: the cell's number is then put to the test. */
	boolean tests(int cell, BigDecimal[] known) {
		for (int s = 0; s < left.length; s++) {
			if (contains(left[s], cell) || contains(right[s], cell)) {
				if (allKnownBut(left[s], cell, known) && allKnownBut(right[s], cell, known)) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean contains(int[] cells, int cell) {
		for (int c : cells) {
			if (c == cell) {
				return true;
			}
		}
		return false;
	}

	private static boolean allKnownBut(int[] cells, int cell, BigDecimal[] known) {
		for (int c : cells) {
			if (c != cell && known[c] == null) {
				return false;
			}
		}
		return true;
	}
}
