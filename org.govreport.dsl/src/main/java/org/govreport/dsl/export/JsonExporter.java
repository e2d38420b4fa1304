package org.govreport.dsl.export;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.govreport.dsl.form.ColumnSpec;
import org.govreport.dsl.form.RowSpec;
import org.govreport.dsl.form.TableSpec;
import org.govreport.dsl.form.ValueKind;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * The report in the canonical JSON shape of the standard (docs/report.schema.json): format, organ,
 * year, one object per table keyed by row id then column id, and the prose of the six sections. A blank
 * cell is null; a decimal (fees.amount) is a string so that no digit is lost.
 */
public final class JsonExporter implements Exporter {

	private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls()
			.create();

	@Override
	public byte[] export(ReportDocument document) {
		return (GSON.toJson(tree(document)) + "\n").getBytes(StandardCharsets.UTF_8);
	}

	public JsonObject tree(ReportDocument document) {
		JsonObject json = new JsonObject();
		json.addProperty("format", document.format());
		json.addProperty("organ", document.organ());
		json.addProperty("year", document.year());
		json.add("date", document.isoDate().<JsonElement>map(JsonPrimitive::new).orElse(JsonNull.INSTANCE));
		json.add("title", new JsonPrimitive(document.title()));
		for (TableSpec table : document.resolved().form().tables()) {
			JsonObject rows = new JsonObject();
			for (RowSpec row : table.rows()) {
				JsonObject cells = new JsonObject();
				for (ColumnSpec column : row.columns()) {
					cells.add(column.id(), value(column, document.resolved().printed(row, column)));
				}
				rows.add(row.id(), cells);
			}
			json.add(table.id(), rows);
		}
		json.add("preface", prose(document.resolved().report().getPreface() == null ? null
				: String.join("\n", document.preface().stream().map(ProseBlock::text).toList())));
		JsonObject sections = new JsonObject();
		for (DocumentSection section : document.sections()) {
			sections.add(Integer.toString(section.index()), prose(section.prose() == null ? null
					: String.join("\n", section.blocks().stream().map(ProseBlock::text).toList())));
		}
		json.add("sections", sections);
		return json;
	}

	private static JsonElement value(ColumnSpec column, Optional<BigDecimal> value) {
		if (value.isEmpty()) {
			return JsonNull.INSTANCE;
		}
		return column.kind() == ValueKind.DECIMAL ? new JsonPrimitive(CellText.of(value.get()))
				: new JsonPrimitive(value.get());
	}

	private static JsonElement prose(String text) {
		return text == null ? JsonNull.INSTANCE : new JsonPrimitive(text);
	}
}
