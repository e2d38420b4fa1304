package org.govreport.dsl.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govreport.dsl.form.CellRef;
import org.govreport.dsl.form.ColumnSpec;
import org.govreport.dsl.form.Form;
import org.govreport.dsl.form.RowSpec;

/**
 * Placeholders in prose that quote a table cell, so that text and table cannot drift apart:
 * {@code {本年新收·总计}} (row label · column label, as the form writes them; a unique part of a
 * label is enough, e.g. {@code {新收·总计}}; a row with a single column may omit the column) or the
 * canonical id {@code {requests.new.total}}. The validator reports placeholders that name no cell,
 * export replaces them with the number, and the language server shows their value on hover — all
 * through this one class.
 */
public final class Placeholders {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}\\r\\n]{1,80})\\}");
	private static final Pattern CANONICAL = Pattern.compile("[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+){2,}");
	/** Separators between row and column: the label joiner ·, and the dots people type instead. */
	private static final String SEPARATORS = "·.．•・";

	private Placeholders() {
	}

	/**
	 * A placeholder found in a piece of prose.
	 *
	 * @param start offset of the opening brace in the prose
	 * @param end   offset just after the closing brace
	 * @param key   the text between the braces, trimmed
	 * @param cell  the cell it names in the report's form, or empty when it names none
	 */
	public record Placeholder(int start, int end, String key, Optional<CellRef> cell) {

		public int length() {
			return end - start;
		}

		public boolean isResolved() {
			return cell.isPresent();
		}
	}

	/** Every placeholder in a prose text, in order, resolved against a form. */
	public static List<Placeholder> find(Form form, String prose) {
		List<Placeholder> found = new ArrayList<>();
		if (prose == null) {
			return found;
		}
		Matcher m = PLACEHOLDER.matcher(prose);
		while (m.find()) {
			String key = m.group(1).strip();
			found.add(new Placeholder(m.start(), m.end(), key, resolve(form, key)));
		}
		return found;
	}

	/** The cell a placeholder key names: a canonical id, or row label · column label. */
	public static Optional<CellRef> resolve(Form form, String key) {
		if (CANONICAL.matcher(key).matches()) {
			return form.cell(key);
		}
		int split = lastSeparator(key);
		String rowPart = split < 0 ? key : key.substring(0, split).strip();
		String columnPart = split < 0 ? "" : key.substring(split + 1).strip();
		Optional<CellRef> cell = resolve(form, rowPart, columnPart);
		// A row label may itself contain · (不予公开·国家秘密): then the whole key names a one-column row.
		return cell.isPresent() || split < 0 ? cell : resolve(form, key, "");
	}

	/** The value a placeholder stands for in a report; empty when it names no cell or the cell is empty or ?. */
	public static Optional<BigDecimal> value(ResolvedReport report, Placeholder placeholder) {
		return placeholder.cell().flatMap(c -> report.value(c.row(), c.column()));
	}

	/**
	 * The prose with every placeholder whose value is known replaced by that number (plain notation,
	 * no digit lost); a placeholder with no value stays as written, so nothing is silently dropped.
	 */
	public static String substitute(ResolvedReport report, String prose) {
		return substitute(report.form(), prose, p -> value(report, p).map(BigDecimal::toPlainString));
	}

	/** The prose with each placeholder replaced by what {@code replacement} gives, or kept when it gives nothing. */
	public static String substitute(Form form, String prose, Function<Placeholder, Optional<String>> replacement) {
		StringBuilder out = new StringBuilder();
		int at = 0;
		for (Placeholder p : find(form, prose)) {
			out.append(prose, at, p.start());
			out.append(replacement.apply(p).orElse(prose.substring(p.start(), p.end())));
			at = p.end();
		}
		return out.append(prose, at, prose == null ? 0 : prose.length()).toString();
	}

	/** The placeholder a writer should use for a cell: {@code {本年新收·总计}}. */
	public static String placeholderFor(CellRef cell) {
		return "{" + cell.row().label() + "·" + cell.column().label() + "}";
	}

	private static Optional<CellRef> resolve(Form form, String rowPart, String columnPart) {
		Optional<RowSpec> row = best(form.allRows(), rowPart, RowSpec::label, RowSpec::verbatim);
		if (row.isEmpty()) {
			return Optional.empty();
		}
		List<ColumnSpec> columns = row.get().columns();
		if (columnPart.isEmpty()) {
			return columns.size() == 1 ? Optional.of(new CellRef(row.get(), columns.get(0))) : Optional.empty();
		}
		return best(columns, columnPart, ColumnSpec::label, ColumnSpec::verbatim).map(c -> new CellRef(row.get(), c));
	}

	/** The candidate whose label or verbatim label equals the text, else the only one whose label contains it. */
	private static <T> Optional<T> best(List<T> candidates, String text, Function<T, String> label,
			Function<T, String> verbatim) {
		if (text.isEmpty()) {
			return Optional.empty();
		}
		for (T candidate : candidates) {
			if (label.apply(candidate).equals(text) || verbatim.apply(candidate).equals(text)) {
				return Optional.of(candidate);
			}
		}
		List<T> containing = candidates.stream()
				.filter(c -> label.apply(c).contains(text) || verbatim.apply(c).contains(text)).distinct().toList();
		return containing.size() == 1 ? Optional.of(containing.get(0)) : Optional.empty();
	}

	private static int lastSeparator(String key) {
		for (int i = key.length() - 1; i >= 0; i--) {
			if (SEPARATORS.indexOf(key.charAt(i)) >= 0) {
				return i;
			}
		}
		return -1;
	}
}
