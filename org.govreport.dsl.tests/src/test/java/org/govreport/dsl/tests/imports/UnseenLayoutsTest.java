package org.govreport.dsl.tests.imports;

import static org.govreport.dsl.tests.ImportTesting.cells;
import static org.govreport.dsl.tests.ImportTesting.imported;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.govreport.dsl.export.ExportFormat;
import org.govreport.dsl.export.ReportDocument;
import org.govreport.dsl.imports.ImportNote;
import org.govreport.dsl.imports.ReportImport;
import org.govreport.dsl.tests.ImportTesting;
import org.govreport.dsl.tests.ReportTesting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.gson.JsonParser;

/**
 * What the layouts of issue 19 need beyond every number being right or unknown (fixtures.tsv checks
 * that): the notes and comments that say what was published, and the round trip of the Markdown export.
 */
class UnseenLayoutsTest {

	private static final Path UNSEEN = ImportTesting.FIXTURES.resolve("unseen");

	@TempDir
	Path temp;

	@Test
	void aRowLeftShortKeepsWhatTheSumsPlaceAndSaysWhatWasPublished() {
		ReportImport.Result result = imported(UNSEEN.resolve("short-rows.txt"));
		Map<String, BigDecimal> cells = cells(result);
		// 0 2 3 0 3 published for seven columns: the sums place the five, the last two stay unknown.
		assertEquals(new BigDecimal(3), cells.get("requests.unable.needs_creation.legal_services"));
		assertNull(cells.get("requests.unable.needs_creation.other"));
		assertNull(cells.get("requests.unable.needs_creation.total"));
		assertTrue(result.text().contains("其他、总计：无法读取“本行只读到 5 个格（应有 7 个）：0 2 3 0 3，此格无法确定”"), result.text());
		// The misprinted label on the next line is its own row, not the rest of the short one.
		assertEquals(new BigDecimal(18), cells.get("requests.unable.unclear.natural_person"));
		// Table 2 has no sums: a short row there proves nothing.
		assertNull(cells.get("proactive.normative_documents.repealed"));
	}

	@Test
	void aStrayNumberBeforeTable4sBlockLeavesTheBlockUnknownNotShifted() throws IOException {
		String tab = Files.readString(ImportTesting.FIXTURES.resolve("tab-rows.txt"));
		String numbers = "2\t1\t0\t1\t4\t1\t0\t0\t0\t1\t0\t0\t0\t0\t0";
		assertTrue(tab.contains(numbers));
		Map<String, BigDecimal> cells = cells(ImportTesting.importBytes("r.txt", tab.replace(numbers, "7\n" + numbers).getBytes(StandardCharsets.UTF_8),
				temp.resolve("r.govreport")));
		assertTrue(cells.entrySet().stream().filter(e -> e.getKey().startsWith("appeals.")).allMatch(e -> e.getValue() == null), cells::toString);
		// Only blank cells to spare after the block: the block is read.
		Map<String, BigDecimal> padded = cells(ImportTesting.importBytes("r.txt", tab.replace(numbers, numbers + "\t\t").getBytes(StandardCharsets.UTF_8),
				temp.resolve("r.govreport")));
		assertEquals(new BigDecimal(4), padded.get("appeals.review.total"));
	}

	@Test
	void digitsRunTogetherAreDecodedOnlyWhenTheSumsAdmitOneSplit() throws IOException {
		Map<String, BigDecimal> published = ImportTesting.expectedCells(Files.readString(UNSEEN.resolve("report-unseen.json")));
		// Every row of table 3 run together: no row is known to test a split against, so only a row that
		// can be split one way is decoded; the others stay unknown, and none is wrong.
		String text = Files.readString(UNSEEN.resolve("run-together.txt"));
		String allRun = text.lines().map(l -> l.matches(".*\\t\\d+(\\t\\d+){6}") ? l.replaceFirst("\\t", "\u0001").replace("\t", "").replace('\u0001', '\t') : l)
				.reduce("", (a, b) -> a + b + "\n");
		Map<String, BigDecimal> cells = cells(ImportTesting.importBytes("r.txt", allRun.getBytes(StandardCharsets.UTF_8), temp.resolve("r.govreport")));
		cells.forEach((id, value) -> assertTrue(value == null || value.compareTo(published.get(id)) == 0, id));
		assertEquals(BigDecimal.ZERO, cells.get("requests.granted.natural_person")); // 0000000 has one split only
		assertTrue(cells.entrySet().stream().anyMatch(e -> e.getKey().startsWith("requests.") && e.getValue() == null), cells::toString);
		assertEquals(published.get("proactive.licensing.decisions"), cells.get("proactive.licensing.decisions"));
	}

	@Test
	void aLabelBrokenBeforeItsNumbersIsJoined() throws IOException {
		String tab = Files.readString(ImportTesting.FIXTURES.resolve("tab-rows.txt"));
		String broken = tab.replace("2、其他法律行政法规禁止公开\t1", "2、其他法\n律行政法规禁止公开\t1");
		ReportImport.Result result = ImportTesting.importBytes("r.txt", broken.getBytes(StandardCharsets.UTF_8), temp.resolve("r.govreport"));
		assertEquals(BigDecimal.ONE, cells(result).get("requests.denied.prohibited_by_law.natural_person"));
		assertTrue(result.notes().stream().noneMatch(n -> n.detail().contains("其他法")), result.notes()::toString);
	}

	@Test
	void the2019CombinedRowIsKeptInACommentAndFlaggedOnce() {
		ReportImport.Result result = imported(UNSEEN.resolve("other-2019-row.txt"));
		assertEquals("2021", result.report().form().format());
		assertTrue(result.text().contains("原表只有合并的一行：（六）其他处理 26 5 0 9 14 2 56"), result.text());
		long flags = result.notes().stream().filter(n -> n.kind() == ImportNote.Kind.TEXT && n.detail().contains("合并的一行")).count();
		assertEquals(1, flags, result.notes()::toString);
		assertEquals(new BigDecimal(309), cells(result).get("requests.total.total"));
	}

	@Test
	void aBlankTotalColumnIsWrittenBlankNotComputed() {
		ReportImport.Result result = imported(UNSEEN.resolve("blank-total.txt"));
		List<String> rows = result.text().lines().map(String::strip).filter(l -> l.startsWith("本年新收") || l.startsWith("结转下年")).toList();
		assertEquals(2, rows.size(), result.text());
		rows.forEach(row -> assertTrue(row.endsWith(" 空"), row));
		assertEquals(new BigDecimal(177), cells(result).get("requests.new.natural_person"));
		assertTrue(result.notes().stream().noneMatch(ImportNote::isGap), result.notes()::toString);
	}

	@Test
	void verticalLabelCharactersAreKeptAsTableText() {
		ReportImport.Result result = imported(UNSEEN.resolve("pdf-vertical.txt"));
		for (String character : List.of("无", "法", "提", "供")) {
			assertTrue(result.text().contains("# 原表中的文字：" + character), character + "\n" + result.text());
		}
	}

	static Stream<Path> examples() throws IOException {
		return Files.list(Path.of("..", "examples")).filter(p -> p.toString().endsWith(".govreport")).sorted();
	}

	/** export --to md, then import: the same report (numbers, prose, head) as the canonical JSON shows it. */
	@ParameterizedTest
	@MethodSource("examples")
	void theMarkdownExportImportsBackLosslessly(Path example) throws IOException {
		String source = Files.readString(example);
		byte[] markdown = ExportFormat.MARKDOWN.exporter(false).export(ReportDocument.of(ReportTesting.resolved(ReportTesting.report(source))));
		ReportImport.Result back = ImportTesting.importBytes("report.md", markdown, temp.resolve("report.govreport"));
		assertEquals(json(source), json(back.text()), back.text());
	}

	private static Object json(String report) {
		byte[] json = ExportFormat.JSON.exporter(false).export(ReportDocument.of(ReportTesting.resolved(ReportTesting.report(report))));
		return JsonParser.parseString(new String(json, StandardCharsets.UTF_8));
	}
}
