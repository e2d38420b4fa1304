package org.govreport.dsl.tests.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.govreport.dsl.diff.DiffFormat;
import org.govreport.dsl.diff.ReportDiff;
import org.govreport.dsl.tests.Fixture;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The three renderings of one diff: text and Markdown against golden files, JSON read back. */
class DiffOutputTest {

	private static final Path GOLDEN = Path.of("src/test/resources/golden/diff");

	/** A head field, three cells (the fee among them), a removed row, a broken sum and a paragraph. */
	private static final ReportDiff DIFF = DiffPairs.diff(Fixture.consistent(),
			Fixture.consistent().replace("发布日期 2026-01-20", "发布日期 2026-01-22").cell("予以公开", 0, "4")
					.cell("行政事业性收费", 0, "0.3").cell("行政处罚", 0, "120").replace("  行政强制                       3\n", "")
					.replace("全年主动公开信息151条。", "全年主动公开信息160条，比上年增加9条。"));

	@Test
	void plainText() throws IOException {
		String text = DiffFormat.text.render(DIFF, false);
		assertGolden("pair.txt", text);
		assertFalse(text.contains("\u001b"));
	}

	@Test
	void colouredTextForATerminal() {
		String text = DiffFormat.text.render(DIFF, true);
		assertTrue(text.contains("\u001b[31m3\u001b[0m → \u001b[32m4\u001b[0m"), text);
		String plain = DiffFormat.text.render(DIFF, false);
		// The same words; inline changes are marked by colour instead of [- -] and {+ +}.
		assertEquals(plain.replaceAll("\\[-|-\\]|\\{\\+|\\+\\}", ""), text.replaceAll("\u001b\\[[0-9;]*m", ""));
	}

	@Test
	void markdown() throws IOException {
		assertGolden("pair.md", DiffFormat.markdown.render(DIFF, false));
	}

	@Test
	void jsonReadsBack() {
		JsonObject json = JsonParser.parseString(DiffFormat.json.render(DIFF, false)).getAsJsonObject();
		assertTrue(json.get("changed").getAsBoolean());
		JsonObject head = json.getAsJsonArray("head").get(0).getAsJsonObject();
		assertEquals("发布日期", head.get("field").getAsString());
		assertEquals("2026-01-22", head.get("new").getAsString());
		JsonArray tables = json.getAsJsonArray("tables");
		JsonObject proactive = tables.get(0).getAsJsonObject();
		assertEquals("proactive", proactive.get("table").getAsString());
		JsonObject fee = proactive.getAsJsonArray("cells").asList().stream().map(e -> e.getAsJsonObject())
				.filter(c -> c.get("cell").getAsString().startsWith("proactive.fee")).findFirst().orElseThrow();
		assertEquals("0.25", fee.get("old").getAsString());
		assertEquals("0.3", fee.get("new").getAsString());
		assertEquals("0.05", fee.get("delta").getAsString());
		assertEquals("removed", proactive.getAsJsonArray("rows").get(0).getAsJsonObject().get("change").getAsString());
		JsonObject granted = tables.get(1).getAsJsonObject().getAsJsonArray("cells").get(0).getAsJsonObject();
		assertEquals("三·予以公开·自然人", granted.get("name").getAsString());
		assertEquals("33.3", granted.get("percent").getAsString());
		JsonObject r1 = json.getAsJsonObject("findings").getAsJsonArray("appeared").asList().stream()
				.map(e -> e.getAsJsonObject()).filter(f -> f.get("code").getAsString().equals("R1")).findFirst().orElseThrow();
		assertEquals("requests.granted.natural_person", r1.get("place").getAsString());
		JsonObject paragraph = json.getAsJsonArray("prose").get(0).getAsJsonObject().getAsJsonArray("paragraphs").get(0)
				.getAsJsonObject();
		assertEquals("全年主动公开信息151条。", paragraph.get("old").getAsString());
		assertEquals("delete", paragraph.getAsJsonArray("segments").get(1).getAsJsonObject().get("op").getAsString());
	}

	@Test
	void nothingChangedIsSaid() {
		ReportDiff same = DiffPairs.diff(Fixture.consistent(), Fixture.consistent());
		assertTrue(DiffFormat.text.render(same, false).contains("没有实质改动"));
		assertFalse(JsonParser.parseString(DiffFormat.json.render(same, false)).getAsJsonObject().get("changed").getAsBoolean());
	}

	private static void assertGolden(String name, String actual) throws IOException {
		Path golden = GOLDEN.resolve(name);
		if (!Files.exists(golden)) {
			Path written = Path.of("target/golden-diff").resolve(name);
			Files.createDirectories(written.getParent());
			Files.writeString(written, actual, StandardCharsets.UTF_8);
		}
		assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, name);
	}
}
