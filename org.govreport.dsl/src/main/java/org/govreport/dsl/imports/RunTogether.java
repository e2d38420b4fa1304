package org.govreport.dsl.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A row whose cells a crawler ran together into one string of digits ({@code 21710000218} for
 * 2 1 7 1 0 0 0 0 2 18 …). Every split into as many counts as the row has columns (no count written
 * with a leading 0) is tried against the table's sums; the row is decoded only when exactly one split
 * passes. Two passing splits, or none, and the row stays unknown.
 */
final class RunTogether {

	/** More splits than this prove nothing in time. */
	private static final long MAX_SPLITS = 20_000;

	private RunTogether() {
	}

	/** Whether a cell can be a row's cells run together: only digits, at least one per column. */
	static boolean is(Token token, int columns) {
		return columns > 1 && token.kind() == Token.Kind.VALUE && token.text().chars().allMatch(c -> c >= '0' && c <= '9')
				&& token.text().length() >= columns;
	}

	/** The one split the sums admit, given the numbers read in place, or nothing. */
	static Optional<List<BigDecimal>> decode(String digits, int[] row, BigDecimal[] known, SumProof proof) {
		if (!proof.hasSums() || combinations(digits.length() - 1, row.length - 1) > MAX_SPLITS) {
			return Optional.empty();
		}
		List<List<BigDecimal>> passing = new ArrayList<>();
		split(digits, 0, row.length, new ArrayList<>(), splits -> {
			BigDecimal[] values = known.clone();
			for (int c = 0; c < row.length; c++) {
				values[row[c]] = splits.get(c);
			}
			if (proof.consistent(values)) {
				passing.add(List.copyOf(splits));
			}
		});
		return passing.size() == 1 ? Optional.of(passing.get(0)) : Optional.empty();
	}

	private static void split(String digits, int from, int parts, List<BigDecimal> taken, java.util.function.Consumer<List<BigDecimal>> each) {
		if (parts == 1) {
			String last = digits.substring(from);
			if (last.length() == 1 || last.charAt(0) != '0') {
				taken.add(new BigDecimal(last));
				each.accept(taken);
				taken.remove(taken.size() - 1);
			}
			return;
		}
		for (int end = from + 1; end <= digits.length() - (parts - 1); end++) {
			if (end - from > 1 && digits.charAt(from) == '0') {
				break; // 0 stands alone: 07 is no count
			}
			taken.add(new BigDecimal(digits.substring(from, end)));
			split(digits, end, parts - 1, taken, each);
			taken.remove(taken.size() - 1);
		}
	}

	private static long combinations(int n, int k) {
		long c = 1;
		for (int i = 1; i <= k; i++) {
			c = c * (n - k + i) / i;
		}
		return c;
	}
}
