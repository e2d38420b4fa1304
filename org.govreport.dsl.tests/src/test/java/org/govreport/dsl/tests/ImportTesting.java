package org.govreport.dsl.tests;

import org.govreport.dsl.service.ImportService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.govreport.dsl.form.Forms;
import org.govreport.dsl.govReport.Report;
import org.govreport.dsl.imports.CanonicalCells;
import org.govreport.dsl.imports.ReportImport;

import com.google.gson.JsonParser;

/** One-call helpers for import tests: the fixtures of src/test/resources/imports and what they must give. */
public final class ImportTesting {

	public static final Path FIXTURES = Path.of("src", "test", "resources", "imports");

	/**
	 * One line of fixtures.tsv.
	 *
	 * @param file     the published report
	 * @param expected the canonical JSON of what it publishes
	 * @param layout   what the fixture exercises
	 * @param special  "-", "refused", or cells that must come out as ? (unreadable=… / na=…)
	 */
	public record Fixture(String file, String expected, String layout, String special) {

		@Override
		public String toString() {
			return file;
		}

		public Path path() {
			return FIXTURES.resolve(file);
		}

		public String expectedJson() {
			return read(FIXTURES.resolve(expected));
		}

		/** Whether the cell must be ? (listed as unreadable or not applicable). */
		public boolean mustBeUnknown(String cellId) {
			if (!special.contains("=")) {
				return false;
			}
			return Arrays.stream(special.substring(special.indexOf('=') + 1).split(","))
					.anyMatch(id -> id.endsWith(".*") ? cellId.startsWith(id.substring(0, id.length() - 1)) : id.equals(cellId));
		}

		public boolean refused() {
			return special.equals("refused");
		}
	}

	private ImportTesting() {
	}

	public static List<Fixture> fixtures() {
		List<Fixture> fixtures = new ArrayList<>();
		for (String line : read(FIXTURES.resolve("fixtures.tsv")).split("\n")) {
			if (!line.isBlank() && !line.startsWith("#")) {
				String[] f = line.split("\t");
				fixtures.add(new Fixture(f[0], f[1], f[2], f[3]));
			}
		}
		return fixtures;
	}

	public static ReportImport.Result imported(Path file) {
		return importFile(file);
	}

	/** Imports a file as {@code govreport import} does. */
	public static ReportImport.Result importFile(Path file) {
		return ReportTesting.get(ImportService.class).importFile(file);
	}

	/** Imports the bytes of a file named {@code name}, as if its .govreport file were {@code target}. */
	public static ReportImport.Result importBytes(String name, byte[] bytes, Path target) {
		return ReportTesting.get(ImportService.class).importBytes(name, bytes, target);
	}

	/** The cells of an imported report, read back from its .govreport text by canonical id. */
	public static Map<String, BigDecimal> cells(ReportImport.Result result) {
		return CanonicalCells.of(ReportTesting.resolved(report(result)));
	}

	public static Report report(ReportImport.Result result) {
		return ReportTesting.report(result.text());
	}

	/** The cells a canonical JSON report publishes. */
	public static Map<String, BigDecimal> expectedCells(String json) {
		String format = JsonParser.parseString(json).getAsJsonObject().get("format").getAsString();
		return CanonicalCells.of(json, ReportTesting.forms().form(format).orElseThrow());
	}

	/**
	 * Text for comparing prose across layouts: no white space (PDF lines wrap), half-width punctuation
	 * and Simplified characters (the fixtures' own variations of the same sentences).
	 */
	public static String fold(String text) {
		String nfkc = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).replaceAll("\\s+", "");
		StringBuilder out = new StringBuilder();
		for (char c : nfkc.toCharArray()) {
			out.append(TRADITIONAL.getOrDefault(c, c));
		}
		return out.toString();
	}

	private static final Map<Character, Character> TRADITIONAL = traditional();

	private static Map<Character, Character> traditional() {
		Map<Character, Character> map = new java.util.HashMap<>();
		for (String line : read(Path.of("..", "org.govreport.dsl", "src", "main", "resources", "org", "govreport", "dsl",
				"imports", "traditional.txt")).split("\n")) {
			if (line.length() == 2 && !line.startsWith("#")) {
				map.put(line.charAt(0), line.charAt(1));
			}
		}
		return map;
	}

	public static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
