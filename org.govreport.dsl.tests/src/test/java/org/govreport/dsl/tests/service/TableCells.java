package org.govreport.dsl.tests.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The table rows of a report's text read with a plain pattern, independently of the form model: row label →
 * its cells (空 as 0, ? as null), and sums of many such tables — what the roll-up's tests compare against.
 */
final class TableCells {

	private static final Pattern ROW = Pattern.compile("(?m)^[ \\t]+(\\p{IsHan}[^\\s：]*)((?:[ \\t]+(?:-?[0-9.]+|\\?|空))+)[ \\t]*(?:#.*)?$");

	private TableCells() {
	}

	static Map<String, List<BigDecimal>> of(String text) {
		Map<String, List<BigDecimal>> rows = new LinkedHashMap<>();
		Matcher m = ROW.matcher(text);
		while (m.find()) {
			List<BigDecimal> cells = new ArrayList<>();
			for (String cell : m.group(2).strip().split("\\s+")) {
				cells.add(cell.equals("?") ? null : cell.equals("空") ? BigDecimal.ZERO : new BigDecimal(cell));
			}
			rows.put(m.group(1), cells);
		}
		return rows;
	}

	/** The cell-by-cell sums of texts; a cell that is ? in any of them is null. */
	static Map<String, List<BigDecimal>> sum(List<String> texts) {
		Map<String, List<BigDecimal>> sums = new LinkedHashMap<>();
		for (String text : texts) {
			of(text).forEach((label, cells) -> {
				List<BigDecimal> sum = sums.computeIfAbsent(label, k -> new ArrayList<>(cells.stream().map(c -> BigDecimal.ZERO).toList()));
				for (int i = 0; i < cells.size(); i++) {
					sum.set(i, sum.get(i) == null || cells.get(i) == null ? null : sum.get(i).add(cells.get(i)));
				}
			});
		}
		return sums;
	}

	/** Whether two tables hold the same numbers (1.50 equals 1.5). */
	static boolean same(Map<String, List<BigDecimal>> expected, Map<String, List<BigDecimal>> actual) {
		if (!expected.keySet().equals(actual.keySet())) {
			return false;
		}
		for (var e : expected.entrySet()) {
			List<BigDecimal> a = actual.get(e.getKey());
			if (a.size() != e.getValue().size()) {
				return false;
			}
			for (int i = 0; i < a.size(); i++) {
				BigDecimal x = e.getValue().get(i);
				BigDecimal y = a.get(i);
				if (x == null ? y != null : y == null || x.compareTo(y) != 0) {
					return false;
				}
			}
		}
		return true;
	}
}
