package org.govreport.dsl.tests.imports;

import org.govreport.dsl.tests.ImportTesting;
import org.govreport.dsl.tests.ReportTesting;
import static org.govreport.dsl.tests.ImportTesting.cells;
import static org.govreport.dsl.tests.ImportTesting.expectedCells;
import static org.govreport.dsl.tests.ImportTesting.imported;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.govreport.dsl.service.Finding;
import org.govreport.dsl.imports.ImportNote;
import org.govreport.dsl.imports.ReportImport;
import org.govreport.dsl.tests.ImportTesting.Fixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Every fixture layout and encoding: each table number as published, prose kept, nothing invented. */
class ImportFixturesTest {

	static List<Fixture> fixtures() {
		return ImportTesting.fixtures();
	}

	@ParameterizedTest
	@MethodSource("fixtures")
	void everyTableNumberIsThePublishedOne(Fixture fixture) {
		ReportImport.Result result = imported(fixture.path());
		Map<String, BigDecimal> expected = expectedCells(fixture.expectedJson());
		Map<String, BigDecimal> actual = cells(result);
		assertEquals(expected.keySet(), actual.keySet(), "the cells of the report's form");
		List<String> wrong = new ArrayList<>();
		expected.forEach((id, value) -> {
			BigDecimal got = actual.get(id);
			boolean ok = fixture.refused() ? got == null || got.compareTo(value) == 0
					: fixture.mustBeUnknown(id) ? got == null : got != null && got.compareTo(value) == 0;
			if (!ok) {
				wrong.add(id + ": expected " + (fixture.mustBeUnknown(id) ? "?" : value) + ", imported " + got);
			}
		});
		assertTrue(wrong.isEmpty(), () -> fixture + "\n" + String.join("\n", wrong) + "\n" + result.text());
	}

	@ParameterizedTest
	@MethodSource("fixtures")
	void headAndFormatAreRead(Fixture fixture) {
		ReportImport.Result result = imported(fixture.path());
		JsonObject expected = JsonParser.parseString(fixture.expectedJson()).getAsJsonObject();
		String organ = expected.get("organ").getAsString();
		assertEquals(organ, fixture.file().startsWith("traditional") ? result.report().organ().replace('區', '区').replace('鎮', '镇')
				: result.report().organ());
		assertEquals(expected.get("year").getAsInt(), result.report().year());
		assertEquals(expected.get("format").getAsString(), result.report().form().format());
	}

	@ParameterizedTest
	@MethodSource("fixtures")
	void proseIsKeptParagraphByParagraph(Fixture fixture) {
		ReportImport.Result result = imported(fixture.path());
		JsonObject sections = JsonParser.parseString(fixture.expectedJson()).getAsJsonObject().getAsJsonObject("sections");
		String imported = comparable(result.text());
		for (String number : sections.keySet()) {
			for (String paragraph : sections.get(number).getAsString().split("\n")) {
				String kept = comparable(paragraph.replace('「', '「'));
				assertTrue(imported.contains(kept), () -> fixture + ": paragraph lost: " + paragraph);
			}
		}
	}

	@ParameterizedTest
	@MethodSource("fixtures")
	void importedFileParsesAndEveryUnknownCellIsListed(Fixture fixture) {
		ReportImport.Result result = imported(fixture.path());
		List<Finding> syntax = ReportTesting.check(result.text()).stream().filter(f -> f.code().startsWith("P")).toList();
		assertTrue(syntax.isEmpty(), () -> ReportTesting.describe(syntax) + "\n" + result.text());
		long unknown = cells(result).values().stream().filter(v -> v == null).count();
		long listed = result.notes().stream().filter(n -> n.isGap() || n.kind() == ImportNote.Kind.NOT_APPLICABLE)
				.filter(n -> n.row() != null).count();
		long missingTables = result.notes().stream().filter(n -> n.kind() == ImportNote.Kind.MISSING && n.row() == null).count();
		assertTrue(unknown == 0 || listed > 0 || missingTables > 0, () -> fixture + ": ? cells without a note");
		if (!fixture.refused() && fixture.special().equals("-")) {
			assertFalse(result.hasGaps(), () -> fixture + ": " + result.notes());
		}
	}

	/** Text without white space, with the half-width and Traditional forms a fixture may use folded. */
	private static String comparable(String text) {
		return ImportTesting.fold(text);
	}

	@ParameterizedTest
	@MethodSource("fixtures")
	void blankCellsAreWrittenBlankAndCountAsZero(Fixture fixture) {
		if (!fixture.file().startsWith("blank")) {
			return;
		}
		ReportImport.Result result = imported(fixture.path());
		// Published 一、本年新收 row: 41 6 1 (blank) 2 3 53.
		assertTrue(result.text().lines().anyMatch(l -> l.strip().replaceAll(" +", " ").equals("本年新收 41 6 1 空 2 3 53")),
				result.text());
		assertTrue(result.notes().stream().filter(n -> n.row() != null).allMatch(n -> n.kind() == ImportNote.Kind.NOT_APPLICABLE),
				() -> "a blank is written as such, not noted: " + result.notes());
		assertEquals(BigDecimal.ZERO, cells(result).get("requests.new.social_welfare"));
		assertTrue(ReportTesting.check(result.text()).stream().anyMatch(f -> f.code().equals("S16")));
		assertNull(cells(result).get("proactive.regulations.issued"));
		assertTrue(result.text().contains("原表为“/”（不适用）"));
	}
}
