package org.govreport.dsl.form;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The registry of format versions, read from {@code forms.json} beside this class: the single place
 * that defines the form. Adding a format version or a row means editing that file only. One registry is
 * bound in the language's injector; tests may bind another, read from a form of their own.
 */
public final class Forms {

	private final String defaultFormat;
	private final Map<String, Form> byFormat;
	private final Checks checks;

	private Forms(String defaultFormat, Map<String, Form> byFormat, Checks checks) {
		this.defaultFormat = defaultFormat;
		this.byFormat = byFormat;
		this.checks = checks;
	}

	/**
	 * The forms the tool ships.
	 *
	 * @throws FormDefinitionException when forms.json is malformed
	 */
	public static Forms standard() {
		try (Reader in = new InputStreamReader(Forms.class.getResourceAsStream("forms.json"), StandardCharsets.UTF_8)) {
			return read(in);
		} catch (IOException e) {
			throw new UncheckedIOException("forms.json cannot be read", e);
		}
	}

	/**
	 * Reads a form definition in the shape of forms.json.
	 *
	 * @throws FormDefinitionException when a member is missing or malformed, or a sum rule names a row or
	 *                                 column its table does not have
	 */
	public static Forms read(Reader in) {
		try {
			return of(JsonParser.parseReader(in).getAsJsonObject());
		} catch (FormDefinitionException e) {
			throw e;
		} catch (RuntimeException e) {
			throw new FormDefinitionException("表格定义有误：" + e.getMessage(), e);
		}
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

	/** The latest format in force for a report year: the one with the latest first year not after it. */
	public Optional<Form> inForce(int year) {
		Form due = null;
		for (Form form : byFormat.values()) {
			if (form.firstYear() <= year && (due == null || form.firstYear() > due.firstYear())) {
				due = form;
			}
		}
		return Optional.ofNullable(due);
	}

	/** What the cross-year, prose and plausibility checks look at (the same for every format). */
	public Checks checks() {
		return checks;
	}

	// Built by hand from Gson's JSON tree rather than by Gson's reflective binding, which is slower to start.
	private static Forms of(JsonObject file) {
		Map<String, Form> forms = new LinkedHashMap<>();
		for (JsonElement form : file.getAsJsonArray("forms")) {
			Form read = form(form.getAsJsonObject());
			forms.put(read.format(), read);
		}
		String defaultFormat = string(file, "default");
		if (!forms.containsKey(defaultFormat)) {
			throw new FormDefinitionException("默认格式 “" + defaultFormat + "” 没有定义");
		}
		return new Forms(defaultFormat, forms, checks(file.getAsJsonObject("checks")));
	}

	// ---- the shape of forms.json, turned into the immutable records ----

	private static Form form(JsonObject form) {
		List<SectionSpec> sections = list(form, "sections",
				s -> new SectionSpec(string(s, "number"), string(s, "title"), string(s, "table")));
		return new Form(string(form, "format"), string(form, "name"), string(form, "source"),
				form.get("firstYear").getAsInt(), sections, list(form, "tables", Forms::table));
	}

	/** A table's rows are listed flat ({@code rows}) or in groups ({@code groups}) that may set the columns. */
	private static TableSpec table(JsonObject table) {
		String id = string(table, "id");
		List<RowSpec> rows = new ArrayList<>();
		List<ColumnSpec> columns = list(table, "columns", Forms::column);
		String children = table.has("rows") ? "rows" : "groups";
		for (JsonElement row : table.getAsJsonArray(children)) {
			flatten(row.getAsJsonObject(), id, List.of(), columns, null, rows);
		}
		String layout = string(table, "layout");
		return TableSpec.of(id, string(table, "corner"), string(table, "note"), List.copyOf(rows),
				list(table, "rules", Forms::rule),
				layout == null ? TableSpec.Layout.DOWN : TableSpec.Layout.valueOf(layout.toUpperCase()));
	}

	/** A row, or a group of rows ({@code group} or {@code label} + {@code rows}) that may set the columns and basis. */
	private static void flatten(JsonObject row, String table, List<String> groups, List<ColumnSpec> inherited,
			String inheritedBasis, List<RowSpec> out) {
		List<ColumnSpec> columns = row.has("columns") ? list(row, "columns", Forms::column) : inherited;
		String basis = row.has("basis") ? string(row, "basis") : inheritedBasis;
		String label = string(row, "label");
		if (!row.has("rows")) {
			String verbatim = string(row, "verbatim");
			out.add(new RowSpec(table, string(row, "id"), label, verbatim != null ? verbatim : label, groups, columns,
					basis, string(row, "help")));
			return;
		}
		List<String> inner = new ArrayList<>(groups);
		String group = row.has("group") ? string(row, "group") : label;
		if (group != null) {
			inner.add(group);
		}
		for (JsonElement child : row.getAsJsonArray("rows")) {
			flatten(child.getAsJsonObject(), table, List.copyOf(inner), columns, basis, out);
		}
	}

	private static ColumnSpec column(JsonObject column) {
		String label = string(column, "label");
		String verbatim = string(column, "verbatim");
		String kind = string(column, "kind");
		return new ColumnSpec(string(column, "id"), label, verbatim != null ? verbatim : label, string(column, "parent"),
				kind == null ? ValueKind.COUNT : ValueKind.valueOf(kind.toUpperCase()), string(column, "unit"));
	}

	private static SumRule rule(JsonObject rule) {
		String code = string(rule, "code");
		if (code == null || code.isBlank()) {
			throw new FormDefinitionException("合计规则缺少代码（code）：" + rule);
		}
		String kind = string(rule, "kind");
		SumRule.Kind parsed = Arrays.stream(SumRule.Kind.values()).filter(k -> k.name().equalsIgnoreCase(kind))
				.findFirst().orElseThrow(() -> new FormDefinitionException("合计规则 " + code + " 的类型（kind）“" + kind
						+ "” 不是 row_total、column_total 或 balance"));
		return new SumRule(code, parsed, string(rule, "total"), strings(rule, "terms"), strings(rule, "left"),
				strings(rule, "right"));
	}

	private static Checks checks(JsonObject checks) {
		JsonObject carryOver = checks.getAsJsonObject("carryOver");
		JsonObject stock = checks.getAsJsonObject("stock");
		JsonObject fees = checks.getAsJsonObject("feeStatement");
		JsonObject length = checks.getAsJsonObject("length");
		JsonObject plausibility = checks.getAsJsonObject("plausibility");
		JsonObject others = plausibility.getAsJsonObject("otherOutcomes");
		return new Checks(
				new Checks.CarryOver(string(carryOver, "table"), string(carryOver, "row"), string(carryOver, "from")),
				new Checks.Stock(string(stock, "table"), string(stock, "row"), string(stock, "total"),
						strings(stock, "plus"), strings(stock, "minus")),
				new Checks.SectionRef(string(checks.getAsJsonObject("sameAsLastYear"), "section")),
				list(checks, "mentions", m -> new Checks.Mention(string(m, "cell"), strings(m, "words"))),
				new Checks.Words(string(fees, "section"), strings(fees, "words")),
				new Checks.Length(string(length, "section"), length.get("maxChars").getAsInt()),
				new Checks.Plausibility(string(plausibility, "localOrgan"), strings(plausibility, "zeroForLocalOrgans"),
						new Checks.OtherOutcomes(string(others, "table"), string(others, "rowsStartingWith"),
								string(others, "total"), string(others, "column"), others.get("maxShare").getAsDouble(),
								others.get("minTotal").getAsInt())));
	}

	/** A string member, or null when it is absent. */
	private static String string(JsonObject object, String member) {
		JsonElement value = object.get(member);
		return value == null || value.isJsonNull() ? null : value.getAsString();
	}

	private static List<String> strings(JsonObject object, String member) {
		return object.has(member) ? list(object.getAsJsonArray(member), JsonElement::getAsString) : List.of();
	}

	private static <T> List<T> list(JsonObject object, String member, Function<JsonObject, T> read) {
		return object.has(member) ? list(object.getAsJsonArray(member), e -> read.apply(e.getAsJsonObject())) : List.of();
	}

	private static <T> List<T> list(JsonArray array, Function<JsonElement, T> read) {
		List<T> out = new ArrayList<>(array.size());
		array.forEach(e -> out.add(read.apply(e)));
		return List.copyOf(out);
	}
}
