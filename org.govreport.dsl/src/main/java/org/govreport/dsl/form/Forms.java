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
import java.util.function.Function;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

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

	/**
	 * Reads forms.json through Gson's JSON tree and builds the records by hand: Gson's reflective binding
	 * of the same file cost a cold command about 35 ms more, on a core the set-up needs.
	 */
	private static Forms load() {
		try (Reader in = new InputStreamReader(Forms.class.getResourceAsStream("forms.json"), StandardCharsets.UTF_8)) {
			JsonObject file = JsonParser.parseReader(in).getAsJsonObject();
			Map<String, Form> forms = new LinkedHashMap<>();
			for (JsonElement form : file.getAsJsonArray("forms")) {
				Form read = form(form.getAsJsonObject());
				forms.put(read.format(), read);
			}
			return new Forms(string(file, "default"), forms, checks(file.getAsJsonObject("checks")));
		} catch (IOException e) {
			throw new UncheckedIOException("forms.json cannot be read", e);
		}
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
		return new TableSpec(id, string(table, "corner"), string(table, "note"), List.copyOf(rows),
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
		return new SumRule(string(rule, "code"), SumRule.Kind.valueOf(string(rule, "kind").toUpperCase()),
				string(rule, "total"), strings(rule, "terms"), strings(rule, "left"), strings(rule, "right"));
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
