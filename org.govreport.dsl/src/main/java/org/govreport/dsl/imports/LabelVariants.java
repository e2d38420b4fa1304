package org.govreport.dsl.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.govreport.dsl.form.RowSpec;

/**
 * A row label as publishers misprint it: shortened from the front (规范性文件 for 行政规范性文件), or a
 * long label with a character missing, added or wrong. Accepted only when exactly one row of the table
 * is that close, so a misprint never lands on a neighbouring row's label.
 */
final class LabelVariants {

	/** A shortened label must keep this many characters to name one row. */
	private static final int MIN_SHORTENED = 4;
	/** Labels at least this long may have one character wrong; twice as long, two. */
	private static final int MIN_MISPRINTED = 6;

	private LabelVariants() {
	}

	static Optional<RowSpec> row(String key, Map<RowSpec, List<String>> rowKeys, Set<RowSpec> taken) {
		List<RowSpec> close = new ArrayList<>();
		for (Map.Entry<RowSpec, List<String>> e : rowKeys.entrySet()) {
			if (e.getValue().stream().anyMatch(k -> isVariant(key, k))) {
				close.add(e.getKey());
			}
		}
		// Unique among all rows, not only those still unread: a misprint close to two labels names neither.
		return close.size() == 1 && !taken.contains(close.get(0)) ? Optional.of(close.get(0)) : Optional.empty();
	}

	private static boolean isVariant(String key, String label) {
		if (key.length() >= MIN_SHORTENED && key.length() < label.length() && label.endsWith(key)) {
			return true;
		}
		if (label.length() < MIN_MISPRINTED) {
			return false;
		}
		int allowed = label.length() >= 2 * MIN_MISPRINTED ? 2 : 1;
		return Math.abs(key.length() - label.length()) <= allowed && distance(key, label, allowed) <= allowed;
	}

	/** Edit distance, stopped as soon as it exceeds {@code limit}. */
	private static int distance(String a, String b, int limit) {
		int[] previous = new int[b.length() + 1];
		int[] row = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			row[0] = i;
			int best = row[0];
			for (int j = 1; j <= b.length(); j++) {
				int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				row[j] = Math.min(substitute, Math.min(previous[j], row[j - 1]) + 1);
				best = Math.min(best, row[j]);
			}
			if (best > limit) {
				return best;
			}
			int[] swap = previous;
			previous = row;
			row = swap;
		}
		return previous[b.length()];
	}
}
