package org.govreport.dsl.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.text.similarity.LevenshteinDistance;
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
		return Math.abs(key.length() - label.length()) <= allowed && new LevenshteinDistance(allowed).apply(key, label) >= 0;
	}
}
