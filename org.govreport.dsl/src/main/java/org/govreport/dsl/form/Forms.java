package org.govreport.dsl.form;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.google.gson.Gson;
import com.google.gson.annotations.SerializedName;

/**
 * The registry of format versions, read once from {@code forms.json} beside this class: the single
 * place that defines the form. Adding a format version or a row means editing that file only.
 */
public final class Forms {

	private static final Forms INSTANCE = load();

	private final String defaultFormat;
	private final Map<String, Form> byFormat;
	private final Checks checks;

	private Forms(String defaultFormat, Map<String, Form> byFormat, Checks checks) {
		this.defaultFormat = defaultFormat;
		this.byFormat = byFormat;
		this.checks = checks;
	}

	public static Forms get() {
		return INSTANCE;
	}

	/** The form a report uses when it names no format (2021). */
	public Form defaultForm() {
		return byFormat.get(defaultFormat);
	}

	public String defaultFormat() {
		return defaultFormat;
	}

	public Optional<Form> form(String format) {
		return Optional.ofNullable(byFormat.get(format));
	}

	public List<Form> all() {
		return List.copyOf(byFormat.values());
	}

	/** What the cross-year, prose and plausibility checks look at (the same for every format). */
	public Checks checks() {
		return checks;
	}

	private static Forms load() {
		try (Reader in = new InputStreamReader(Forms.class.getResourceAsStream("forms.json"), StandardCharsets.UTF_8)) {
			FormsFile file = new Gson().fromJson(in, FormsFile.class);
			Map<String, Form> forms = new LinkedHashMap<>();
			for (FormFile f : file.forms) {
				forms.put(f.format, f.toForm());
			}
			return new Forms(file.defaultFormat, forms, file.checks);
		} catch (IOException e) {
			throw new UncheckedIOException("forms.json cannot be read", e);
		}
	}

	// ---- the shape of forms.json; turned into the immutable records above ----

	private static final class FormsFile {
		@SerializedName("default")
		String defaultFormat;
		Checks checks;
		List<FormFile> forms;
	}

	private static final class FormFile {
		String format;
		String name;
		String source;
		int firstYear;
		List<SectionSpec> sections;
		List<TableFile> tables;

		Form toForm() {
			return new Form(format, name, source, firstYear, List.copyOf(sections),
					tables.stream().map(TableFile::toTable).toList());
		}
	}

	private static final class TableFile {
		String id;
		String corner;
		String note;
		String layout;
		List<ColumnFile> columns;
		List<RowFile> rows;
		List<RowFile> groups;
		List<RuleFile> rules;

		TableSpec toTable() {
			List<RowSpec> flat = new ArrayList<>();
			RowFile root = new RowFile();
			root.columns = columns;
			root.rows = rows != null ? rows : groups;
			root.flatten(id, List.of(), null, flat);
			List<SumRule> sumRules = rules == null ? List.of() : rules.stream().map(RuleFile::toRule).toList();
			TableSpec.Layout printed = layout == null ? TableSpec.Layout.DOWN
					: TableSpec.Layout.valueOf(layout.toUpperCase());
			return new TableSpec(id, corner, note, List.copyOf(flat), sumRules, printed);
		}
	}

	/** A row, or a group of rows ({@code group} or {@code label} + {@code rows}) that may set the columns. */
	private static final class RowFile {
		String id;
		String label;
		String verbatim;
		String group;
		String basis;
		String help;
		List<ColumnFile> columns;
		List<RowFile> rows;

		void flatten(String table, List<String> groups, List<ColumnSpec> inherited, List<RowSpec> out) {
			List<ColumnSpec> cols = columns != null ? columns.stream().map(ColumnFile::toColumn).toList() : inherited;
			if (rows == null) {
				out.add(new RowSpec(table, id, label, verbatim != null ? verbatim : label, groups, cols, basis, help));
				return;
			}
			List<String> inner = new ArrayList<>(groups);
			String groupLabel = group != null ? group : label;
			if (groupLabel != null) {
				inner.add(groupLabel);
			}
			for (RowFile row : rows) {
				if (row.basis == null) {
					row.basis = basis;
				}
				row.flatten(table, List.copyOf(inner), cols, out);
			}
		}
	}

	private static final class ColumnFile {
		String id;
		String label;
		String verbatim;
		String parent;
		String kind;
		String unit;

		ColumnSpec toColumn() {
			ValueKind k = kind == null ? ValueKind.COUNT : ValueKind.valueOf(kind.toUpperCase());
			return new ColumnSpec(id, label, verbatim != null ? verbatim : label, parent, k, unit);
		}
	}

	private static final class RuleFile {
		String code;
		String kind;
		String total;
		List<String> terms;
		List<String> left;
		List<String> right;

		SumRule toRule() {
			return new SumRule(code, SumRule.Kind.valueOf(kind.toUpperCase()), total,
					terms == null ? List.of() : terms, left == null ? List.of() : left,
					right == null ? List.of() : right);
		}
	}
}
