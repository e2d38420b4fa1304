package org.govreport.dsl.imports;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.govreport.dsl.form.ColumnSpec;
import org.govreport.dsl.form.Form;
import org.govreport.dsl.form.RowSpec;
import org.govreport.dsl.form.TableSpec;
import org.govreport.dsl.govReport.Report;
import org.govreport.dsl.report.ResolvedReport;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Every cell of a report by canonical id ({@code requests.granted.natural_person}) → its number, or
 * null for ? and for a cell that is not there: one shape for a parsed report and for the canonical
 * JSON, so an import can be compared with what was published (tests, the import benchmark).
 */
public final class CanonicalCells {

	private CanonicalCells() {
	}

	/** The cells of a parsed report, read through its form. */
	public static Map<String, BigDecimal> of(ResolvedReport resolved) {
		Map<String, BigDecimal> cells = new LinkedHashMap<>();
		for (TableSpec table : resolved.form().tables()) {
			for (RowSpec row : table.rows()) {
				for (ColumnSpec column : row.columns()) {
					cells.put(row.cellId(column), resolved.value(row, column).orElse(null));
				}
			}
		}
		return cells;
	}

	/** The cells of a report in the canonical JSON shape (a string cell such as "12.5" is a number too). */
	public static Map<String, BigDecimal> of(String json, Form form) {
		JsonObject root = JsonParser.parseString(json).getAsJsonObject();
		Map<String, BigDecimal> cells = new LinkedHashMap<>();
		for (TableSpec table : form.tables()) {
			JsonObject rows = root.has(table.id()) ? root.getAsJsonObject(table.id()) : new JsonObject();
			for (RowSpec row : table.rows()) {
				JsonObject values = rows.has(row.id()) ? rows.getAsJsonObject(row.id()) : new JsonObject();
				for (ColumnSpec column : row.columns()) {
					JsonElement value = values.get(column.id());
					cells.put(row.cellId(column), value == null || value.isJsonNull() ? null : new BigDecimal(value.getAsString()));
				}
			}
		}
		return cells;
	}
}
