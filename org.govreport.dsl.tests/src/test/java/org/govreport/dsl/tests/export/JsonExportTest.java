package org.govreport.dsl.tests.export;

import org.govreport.dsl.tests.ReportTesting;
import static org.govreport.dsl.tests.ExportTesting.exportText;
import static org.govreport.dsl.tests.ExportTesting.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;

import org.govreport.dsl.export.ExportFormat;
import org.govreport.dsl.form.Forms;
import org.govreport.dsl.form.RowSpec;
import org.govreport.dsl.form.TableSpec;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** The JSON export validated against docs/report.schema.json, and holding every cell of the form. */
class JsonExportTest {

	private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
			.getSchema(ReportTesting.read(Path.of("../docs/report.schema.json")));

	private static JsonObject json(String fixture) {
		String text = exportText(fixture(fixture), ExportFormat.JSON);
		Set<ValidationMessage> errors = SCHEMA.validate(text, com.networknt.schema.InputFormat.JSON);
		assertTrue(errors.isEmpty(), () -> fixture + " does not fit the schema: " + errors);
		return JsonParser.parseString(text).getAsJsonObject();
	}

	@Test
	void hasTheCanonicalShapeWithEveryCellOfTheForm() {
		JsonObject json = json("东风镇.govreport");
		assertEquals("2021", json.get("format").getAsString());
		assertEquals("某某市某某区东风镇人民政府", json.get("organ").getAsString());
		assertEquals(2025, json.get("year").getAsInt());
		for (TableSpec table : ReportTesting.forms().defaultForm().tables()) {
			JsonObject rows = json.getAsJsonObject(table.id());
			assertEquals(table.rows().size(), rows.size(), table.id());
			for (RowSpec row : table.rows()) {
				assertEquals(row.columns().size(), rows.getAsJsonObject(row.id()).size(), row.id());
			}
		}
		assertEquals(25, json.getAsJsonObject("requests").size());
		assertEquals(6, json.getAsJsonObject("requests").getAsJsonObject("new").get("total").getAsInt());
		assertEquals(2, json.getAsJsonObject("appeals").getAsJsonObject("review").get("total").getAsInt());
	}

	@Test
	void feesAreADecimalStringAndProseHasNumbers() {
		JsonObject json = json("东风镇.govreport");
		assertTrue(json.getAsJsonObject("proactive").getAsJsonObject("fees").get("amount").getAsJsonPrimitive().isString());
		assertEquals("0.50", json.getAsJsonObject("proactive").getAsJsonObject("fees").get("amount").getAsString());
		String one = json.getAsJsonObject("sections").get("1").getAsString();
		assertTrue(one.contains("全年收到政府信息公开申请6件"), one);
		assertTrue(one.startsWith("（一）主动公开情况\n"), "sub-headings kept as lines");
	}

	@Test
	void blankCellsAreNullAndNoDigitIsLost() {
		JsonObject json = json("hostile.govreport");
		JsonObject proactive = json.getAsJsonObject("proactive");
		assertTrue(proactive.getAsJsonObject("normative_documents").get("in_force").isJsonNull(), "? is null");
		assertTrue(proactive.getAsJsonObject("enforcement").get("decisions").isJsonNull(), "空 is null");
		assertTrue(json.getAsJsonObject("requests").getAsJsonObject("new").get("total").isJsonNull(), "missing is null");
		assertEquals("24252.311082", proactive.getAsJsonObject("fees").get("amount").getAsString());
		assertTrue(json.getAsJsonObject("sections").get("5").isJsonNull(), "a section without prose");
	}
}
