package org.govreport.dsl.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govreport.dsl.form.ColumnSpec;
import org.govreport.dsl.form.RowSpec;
import org.govreport.dsl.form.TableSpec;

/**
 * The labels of one table of the form, as matching keys ({@link LabelKeys}): which key names which
 * row, and which keys belong to the table's header (corner, note, groups, column labels). Every label
 * comes from the form model; nothing here names a row.
 */
final class TableLabels {

	/** A row label with digits run onto it (（一）予以公开0000000, as crawled text prints a row). */
	private static final Pattern LABEL_THEN_DIGITS = Pattern.compile("(.*[^0-9\\s.,，、])([0-9]+)");

	/** A wrapped label's fragment must be at least this long to be recognised by prefix. */
	private static final int MIN_PREFIX = 4;

	private final TableSpec table;
	private final Map<RowSpec, List<String>> rowKeys = new LinkedHashMap<>();
	private final Set<String> headerKeys = new LinkedHashSet<>();
	private final Set<String> columnKeys = new LinkedHashSet<>();
	private final Set<String> allKeys = new LinkedHashSet<>();
	/** Key of an innermost group → its rows (（六）其他处理 → its three rows in the 2021 form). */
	private final Map<String, List<RowSpec>> groupRows = new LinkedHashMap<>();

	/**
	 * The labels of every table of every form, built once: the forms never change while the tool runs.
	 * By identity, as a table's record hash walks all its rows.
	 */
	private static final Map<TableSpec, TableLabels> ALL = Collections.synchronizedMap(new IdentityHashMap<>());

	static TableLabels of(TableSpec table) {
		return ALL.computeIfAbsent(table, TableLabels::new);
	}

	private TableLabels(TableSpec table) {
		this.table = table;
		addHeader(table.corner());
		addHeader(table.note());
		for (RowSpec row : table.rows()) {
			List<String> keys = new ArrayList<>();
			addKey(keys, row.verbatim());
			addKey(keys, row.label());
			rowKeys.put(row, keys);
			row.groups().forEach(this::addHeader);
			if (!row.groups().isEmpty()) {
				groupRows.computeIfAbsent(LabelKeys.key(row.groups().get(row.groups().size() - 1)), k -> new ArrayList<>()).add(row);
			}
			for (ColumnSpec column : row.columns()) {
				addHeader(column.label());
				addHeader(column.verbatim());
				addHeader(column.parent());
				if (column.parent() != null) {
					addHeader(column.parent() + column.label()); // 法人或其他组织·商业企业, a header flattened to one row
				}
				columnKeys.add(LabelKeys.key(column.label()));
				columnKeys.add(LabelKeys.key(column.verbatim()));
			}
		}
		allKeys.addAll(headerKeys);
		rowKeys.values().forEach(allKeys::addAll);
	}

	TableSpec table() {
		return table;
	}

	/** Every key of the table: rows and header. */
	Set<String> allKeys() {
		return allKeys;
	}

	/**
	 * The row a cell's text names, among the rows not yet read: an exact key first, then a label cut
	 * short by wrapping (a prefix of one row's key only).
	 */
	Optional<RowSpec> row(String text, Set<RowSpec> taken) {
		String key = LabelKeys.key(text);
		if (key.isEmpty()) {
			return Optional.empty();
		}
		for (Map.Entry<RowSpec, List<String>> e : rowKeys.entrySet()) {
			if (!taken.contains(e.getKey()) && e.getValue().contains(key)) {
				return Optional.of(e.getKey());
			}
		}
		if (key.length() < MIN_PREFIX || headerKeys.contains(key)) {
			return Optional.empty();
		}
		List<RowSpec> byPrefix = rowKeys.entrySet().stream().filter(e -> !taken.contains(e.getKey()))
				.filter(e -> e.getValue().stream().anyMatch(k -> k.startsWith(key))).map(Map.Entry::getKey).toList();
		if (byPrefix.size() == 1) {
			return Optional.of(byPrefix.get(0));
		}
		return byPrefix.isEmpty() ? LabelVariants.row(key, rowKeys, taken) : Optional.empty();
	}

	/** The rows of the innermost group the text names, or none. */
	List<RowSpec> groupRows(String text) {
		return groupRows.getOrDefault(LabelKeys.key(text), List.of());
	}

	/** Whether the text is a header cell of this table (corner, note, group, column label). */
	boolean isHeader(String text) {
		return headerKeys.contains(LabelKeys.key(text));
	}

	/**
	 * A cell whose words are separate labels or numbers joined by single spaces (行政复议 行政诉讼 in a
	 * header, 予以公开 1 0 0 typed by hand, a group and its first row in one cell) as separate cells; a
	 * row label with its digits run onto it as the label and the digits; any other cell as it is.
	 */
	List<Token> separate(Token token) {
		String text = token.text();
		if (token.kind() != Token.Kind.TEXT) {
			return List.of(token);
		}
		// The expressions are tried only where they can match: digits at the end, a space inside.
		if (isDigit(text.charAt(text.length() - 1))) {
			Matcher glued = LABEL_THEN_DIGITS.matcher(text);
			if (glued.matches() && row(glued.group(1), Set.of()).isPresent()) {
				return List.of(Token.of(glued.group(1), token.line()), Token.of(glued.group(2), token.line()));
			}
		}
		if (text.indexOf(' ') < 0 && text.indexOf('\u3000') < 0) {
			return List.of(token);
		}
		String[] words = CellSplitter.words(text);
		if (words.length < 2 || isLabel(text) || row(text, Set.of()).isPresent()) {
			return List.of(token);
		}
		List<Token> parts = new ArrayList<>();
		boolean someLabel = false;
		for (String word : words) {
			Token part = Token.of(word, token.line());
			boolean label = part.kind() == Token.Kind.TEXT
					&& (isLabel(word) || isFragment(word) || row(word, Set.of()).isPresent());
			if (part.kind() == Token.Kind.TEXT && !label) {
				return List.of(token);
			}
			someLabel |= label;
			parts.add(part);
		}
		return someLabel ? parts : List.of(token);
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	/** Whether the text is a column's label. */
	boolean isColumn(String text) {
		return columnKeys.contains(LabelKeys.key(text));
	}

	/** Whether the text is a piece of some label of this table (a label wrapped over lines: 商业 / 企业). */
	boolean isFragment(String text) {
		String key = LabelKeys.key(text);
		if (key.length() < 2) {
			return false;
		}
		return allKeys.stream().anyMatch(k -> k.contains(key));
	}

	/** Whether the text is a piece of this row's label. */
	boolean isFragmentOf(RowSpec row, String text) {
		String key = LabelKeys.key(text);
		return key.length() >= 2 && rowKeys.get(row).stream().anyMatch(k -> k.contains(key));
	}

	/** Whether the text is a label of this table: a row or a header cell. */
	boolean isLabel(String text) {
		String key = LabelKeys.key(text);
		return !key.isEmpty() && allKeys.contains(key);
	}

	private void addHeader(String label) {
		if (label != null && !LabelKeys.key(label).isEmpty()) {
			headerKeys.add(LabelKeys.key(label));
		}
	}

	private static void addKey(List<String> keys, String label) {
		String key = LabelKeys.key(label);
		if (!key.isEmpty() && !keys.contains(key)) {
			keys.add(key);
		}
	}
}
