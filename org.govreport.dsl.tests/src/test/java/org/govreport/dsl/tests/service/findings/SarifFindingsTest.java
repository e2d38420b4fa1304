package org.govreport.dsl.tests.service.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.govreport.dsl.form.SumRule;
import org.govreport.dsl.service.FileFailure;
import org.govreport.dsl.tests.Fixture;
import org.govreport.dsl.tests.ReportTesting;
import org.govreport.dsl.validation.IssueCodes;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * {@code check --format sarif}: a log valid against the official SARIF 2.1.0 schema (OASIS, JSON Schema draft 4),
 * listing every code as a rule, with a broken sum's other cells as related locations, an acknowledged warning
 * as an in-source suppression and the unreadable file as a result of its own.
 */
class SarifFindingsTest {

	private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
			.getSchema(ReportTesting.read(Path.of("src/test/resources/sarif/sarif-schema-2.1.0.json")));

	private static final String SARIF = FindingsOutput.check("sarif");

	private static JsonObject run() {
		return JsonParser.parseString(SARIF).getAsJsonObject().getAsJsonArray("runs").get(0).getAsJsonObject();
	}

	private static JsonObject result(String ruleId) {
		for (JsonElement r : run().getAsJsonArray("results")) {
			if (ruleId.equals(r.getAsJsonObject().get("ruleId").getAsString())) {
				return r.getAsJsonObject();
			}
		}
		throw new AssertionError("no " + ruleId + " in " + SARIF);
	}

	private static JsonObject region(JsonObject location) {
		return location.getAsJsonObject("physicalLocation").getAsJsonObject("region");
	}

	@Test
	void isValidSarif210() {
		Set<ValidationMessage> errors = SCHEMA.validate(SARIF, InputFormat.JSON);
		assertTrue(errors.isEmpty(), () -> errors + "\n" + SARIF);
		assertEquals("2.1.0", JsonParser.parseString(SARIF).getAsJsonObject().get("version").getAsString());
	}

	/** The schema check is not vacuous: a result without its message, or with a level SARIF does not know, fails it. */
	@Test
	void theSchemaRejectsWhatIsNotSarif() {
		String noMessage = SARIF.replaceFirst("\"message\": \\{\\s*\"text\": \"[^\"]*\"\\s*}", "\"message\": {}");
		assertFalse(SCHEMA.validate(noMessage, InputFormat.JSON).isEmpty(), "a message without text");
		assertFalse(SCHEMA.validate(SARIF.replaceFirst("\"level\": \"error\"", "\"level\": \"fatal\""), InputFormat.JSON)
				.isEmpty(), "an unknown level");
	}

	@Test
	void listsEveryCodeAsARuleWithItsHelp() throws IllegalAccessException {
		Set<String> codes = new TreeSet<>();
		for (Field field : IssueCodes.class.getFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				codes.add((String) field.get(null));
			}
		}
		ReportTesting.forms().all().forEach(form -> form.tables()
				.forEach(table -> table.rules().stream().map(SumRule::code).forEach(codes::add)));
		for (Field field : FileFailure.class.getFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				codes.add((String) field.get(null));
			}
		}
		List<String> listed = new ArrayList<>();
		for (JsonElement rule : run().getAsJsonObject("tool").getAsJsonObject("driver").getAsJsonArray("rules")) {
			JsonObject r = rule.getAsJsonObject();
			listed.add(r.get("id").getAsString());
			assertFalse(r.getAsJsonObject("shortDescription").get("text").getAsString().isBlank(), r::toString);
			assertFalse(r.getAsJsonObject("help").get("text").getAsString().isBlank(), r::toString);
		}
		assertTrue(listed.containsAll(codes), () -> "docs/rules.md lacks " + codes.stream().filter(c -> !listed.contains(c)).toList());
		assertEquals("warning", run().getAsJsonObject("tool").getAsJsonObject("driver").getAsJsonArray("rules")
				.get(listed.indexOf("W4")).getAsJsonObject().getAsJsonObject("defaultConfiguration").get("level").getAsString());
	}

	@Test
	void aBrokenSumPointsAtTheCellAndRelatesTheOtherCellsOfItsSums() {
		Fixture broken = Fixture.of(ReportTesting.read(FindingsOutput.BROKEN));
		JsonObject r1 = result("R1");
		assertEquals("error", r1.get("level").getAsString());
		JsonObject location = r1.getAsJsonArray("locations").get(0).getAsJsonObject();
		assertEquals("src/test/resources/findings/broken.govreport", location.getAsJsonObject("physicalLocation")
				.getAsJsonObject("artifactLocation").get("uri").getAsString());
		assertEquals("%SRCROOT%", location.getAsJsonObject("physicalLocation").getAsJsonObject("artifactLocation")
				.get("uriBaseId").getAsString());
		JsonObject region = region(location);
		assertEquals(broken.line("予以公开"), region.get("startLine").getAsInt());
		assertEquals(broken.column("予以公开", 0), region.get("startColumn").getAsInt());
		assertEquals(broken.column("予以公开", 0) + 1, region.get("endColumn").getAsInt());

		JsonArray related = r1.getAsJsonArray("relatedLocations");
		List<String> described = new ArrayList<>();
		for (JsonElement e : related) {
			JsonObject place = e.getAsJsonObject();
			described.add(region(place).get("startLine").getAsInt() + ":" + region(place).get("startColumn").getAsInt()
					+ " " + place.getAsJsonObject("message").get("text").getAsString());
		}
		// R1 (the row) first: its total and its other terms; then R2 (the column): its total and its other terms.
		assertEquals(broken.line("予以公开") + ":" + broken.column("予以公开", 6) + " 合计 予以公开·总计 = 0", described.get(0));
		assertEquals(broken.line("予以公开") + ":" + broken.column("予以公开", 1) + " 加项 予以公开·商业企业 = 0", described.get(1));
		assertTrue(described.contains(broken.line("总计") + ":" + broken.column("总计", 0) + " 合计 （七）总计·自然人 = 0"),
				described::toString);
		assertTrue(described.contains(broken.line("部分公开") + ":" + broken.column("部分公开", 0) + " 加项 部分公开·自然人 = 0"),
				described::toString);
		assertFalse(described.stream().anyMatch(d -> d.startsWith(broken.line("予以公开") + ":" + broken.column("予以公开", 0) + " ")),
				"the flagged cell is the result's location, not a related one");
	}

	@Test
	void anAcknowledgedWarningIsSuppressedInSourceWithItsReason() {
		JsonObject w4 = result("W4");
		JsonObject suppression = w4.getAsJsonArray("suppressions").get(0).getAsJsonObject();
		assertEquals("inSource", suppression.get("kind").getAsString());
		assertEquals("本镇未收费，已在一、总体情况中说明", suppression.get("justification").getAsString());
	}

	@Test
	void theUnreadableFileIsAResultOnTheWholeFile() {
		JsonObject f2 = result(FileFailure.NOT_UTF8);
		assertEquals("error", f2.get("level").getAsString());
		JsonObject physical = f2.getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonObject("physicalLocation");
		assertEquals("src/test/resources/findings/unreadable.govreport",
				physical.getAsJsonObject("artifactLocation").get("uri").getAsString());
		assertFalse(physical.has("region"));
	}
}
