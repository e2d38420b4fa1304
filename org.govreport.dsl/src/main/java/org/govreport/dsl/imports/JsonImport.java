package org.govreport.dsl.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govreport.dsl.form.ColumnSpec;
import org.govreport.dsl.form.Form;
import org.govreport.dsl.form.Forms;
import org.govreport.dsl.form.RowSpec;
import org.govreport.dsl.form.SectionSpec;
import org.govreport.dsl.form.TableSpec;
import org.govreport.dsl.imports.ImportedCell.Status;
import org.govreport.dsl.imports.ImportedReport.ImportedSection;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Reads a report in the canonical JSON shape of the standard (format, organ, year, proactive /
 * requests / appeals by canonical ids, sections "1"…"6"), so that other systems can hand data in.
 * A null cell was left blank by the source (空, as in text); a missing one is ?.
 */
final class JsonImport {

	private JsonImport() {
	}

	static ImportedReport read(String json, Forms forms) {
		JsonObject root;
		try {
			root = JsonParser.parseString(json).getAsJsonObject();
		} catch (JsonParseException | IllegalStateException e) {
			throw new ImportException("不是有效的 JSON 报告：" + e.getMessage());
		}
		String format = string(root, "format", forms.defaultFormat());
		Form form = forms.form(format)
				.orElseThrow(() -> new ImportException("JSON 中的格式 “" + format + "” 未知（可用：2021、2019）"));
		List<ImportNote> notes = new ArrayList<>();
		String organ = string(root, "organ", "");
		int year = root.has("year") && root.get("year").isJsonPrimitive() ? root.get("year").getAsInt() : 0;
		if (organ.isEmpty()) {
			notes.add(new ImportNote(ImportNote.Kind.HEAD, null, null, null, "JSON 中没有 organ（机关名称）"));
		}
		if (year == 0) {
			notes.add(new ImportNote(ImportNote.Kind.HEAD, null, null, null, "JSON 中没有 year（年度）"));
		}
		JsonObject prose = root.has("sections") && root.get("sections").isJsonObject() ? root.getAsJsonObject("sections")
				: new JsonObject();
		Map<String, ImportedSection> sections = new LinkedHashMap<>();
		for (int i = 0; i < form.sections().size(); i++) {
			SectionSpec spec = form.sections().get(i);
			List<String> paragraphs = paragraphs(string(prose, Integer.toString(i + 1), ""));
			ImportedTable table = spec.table() == null ? null
					: table(form.table(spec.table()).orElseThrow(), root, spec.number(), notes);
			sections.put(spec.number(), new ImportedSection(spec.heading(), paragraphs, table));
		}
		return new ImportedReport(organ, year, form, string(root, "date", null),
				paragraphs(string(root, "preface", "")), sections, List.of(), List.copyOf(notes));
	}

	private static ImportedTable table(TableSpec table, JsonObject root, String section, List<ImportNote> notes) {
		JsonObject rows = root.has(table.id()) && root.get(table.id()).isJsonObject() ? root.getAsJsonObject(table.id())
				: new JsonObject();
		Map<String, List<ImportedCell>> cells = new LinkedHashMap<>();
		for (RowSpec row : table.rows()) {
			JsonObject values = rows.has(row.id()) && rows.get(row.id()).isJsonObject() ? rows.getAsJsonObject(row.id())
					: null;
			List<ImportedCell> rowCells = new ArrayList<>();
			for (ColumnSpec column : row.columns()) {
				ImportedCell cell = cell(values == null ? null : values, column.id());
				rowCells.add(cell);
				if (cell.needsComment()) {
					ImportNote.Kind kind = cell.status() == Status.MISSING ? ImportNote.Kind.MISSING : ImportNote.Kind.UNREADABLE;
					notes.add(new ImportNote(kind, section, row.label(), column.label(), cell.raw()));
				}
			}
			cells.put(row.id(), rowCells);
		}
		return new ImportedTable(table, cells, List.of(), 0, null);
	}

	private static ImportedCell cell(JsonObject values, String column) {
		if (values == null || !values.has(column)) {
			return ImportedCell.of(Status.MISSING, column);
		}
		JsonElement value = values.get(column);
		if (value.isJsonNull()) {
			return ImportedCell.of(Status.BLANK, "null");
		}
		String text = value.isJsonPrimitive() ? value.getAsString() : value.toString();
		try {
			return ImportedCell.read(new BigDecimal(text.strip()), text);
		} catch (NumberFormatException e) {
			return ImportedCell.of(Status.UNREADABLE, text);
		}
	}

	private static List<String> paragraphs(String text) {
		return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private static String string(JsonObject object, String key, String fallback) {
		JsonElement e = object.get(key);
		return e != null && e.isJsonPrimitive() ? e.getAsString() : fallback;
	}
}
