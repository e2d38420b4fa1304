package org.govreport.dsl.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.govreport.dsl.tests.CliRun;
import org.govreport.dsl.tests.region.GeneratedRegion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;

/** {@code govreport audit} over a region: its outputs, exit codes and bad input. */
class AuditCommandTest {

	@TempDir
	Path dir;

	private CliRun region(String... options) throws IOException {
		GeneratedRegion.Region region = GeneratedRegion.write(dir);
		String[] args = new String[options.length + 6];
		args[0] = "audit";
		args[1] = "--roster";
		args[2] = region.roster().toString();
		args[3] = "--names";
		args[4] = region.names().toString();
		System.arraycopy(options, 0, args, 5, options.length);
		args[args.length - 1] = region.reports().toString();
		return CliRun.of(args);
	}

	@Test
	void theTextListsEveryReportThenTheFindingsAcrossReportsThenTotals() throws IOException {
		CliRun run = region();
		assertEquals(1, run.exitCode(), run.out() + run.err());
		assertTrue(run.out().contains("跨报告检查（配对、名册、发布时限、雷同）："), run.out());
		assertTrue(run.out().contains("roster.csv:3:1: error: " + GeneratedRegion.MISSING + " 没有 2024 年度的报告（名册第 3 行） [A1]"), run.out());
		assertTrue(run.out().contains("逾期"), run.out());
		assertTrue(run.out().lines().anyMatch(l -> l.startsWith("合计：29 份报告") && l.contains("A1×1") && l.contains("R6×2")), run.out());
	}

	@Test
	void theFindingsAreListedAsCheckListsThem() throws IOException {
		CliRun run = region("--format", "findings");
		List<Map<String, Object>> findings = new Gson().fromJson(run.out(), new TypeToken<List<Map<String, Object>>>() {
		}.getType());
		assertEquals(7, findings.size(), run.out());
		for (Map<String, Object> f : findings) {
			assertEquals(List.of("path", "line", "column", "endLine", "endColumn", "severity", "code", "message", "subject", "related"),
					List.copyOf(f.keySet()));
		}
	}

	@Test
	void jsonAndCsvCarryTheIndicatorsAndTheLateness() throws IOException {
		CliRun json = region("--format", "json");
		Map<String, Object> parsed = new Gson().fromJson(json.out(), new TypeToken<Map<String, Object>>() {
		}.getType());
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> reports = (List<Map<String, Object>>) parsed.get("reports");
		Map<String, Object> late = reports.stream().filter(r -> GeneratedRegion.LATE.equals(r.get("organ")) && r.get("year").equals(2024.0))
				.findFirst().orElseThrow();
		assertEquals("late", late.get("lateness"));
		assertEquals("2025-01-31", late.get("deadline"));
		@SuppressWarnings("unchecked")
		Map<String, Object> indicators = (Map<String, Object>) late.get("indicators");
		assertEquals(7.0, indicators.get("requests"));
		assertEquals(0.0, indicators.get("requestsChange"));
		CliRun csv = CliRun.of("audit", "--format", "csv", dir.resolve("reports").toString());
		List<String> lines = csv.out().lines().toList();
		assertEquals(30, lines.size(), csv.out());
		assertTrue(lines.get(0).startsWith("path,kind,organ,year,format,errors,warnings,unreadable_cells,codes,published,deadline,lateness"));
		assertTrue(lines.stream().anyMatch(l -> l.contains(GeneratedRegion.LATE) && l.contains(",2025-03-15,2025-01-31,late,")), csv.out());
	}

	@Test
	void aMalformedRosterIsReportedAtItsLineAndNothingIsAudited() throws IOException {
		Path roster = Files.writeString(dir.resolve("roster.csv"), "机关,层级,上级机关\n甲镇人民政府,乡镇\n");
		Files.writeString(dir.resolve("a.txt"), "x");
		CliRun run = CliRun.of("audit", "--roster", roster.toString(), dir.resolve("a.txt").toString());
		assertEquals(2, run.exitCode());
		assertEquals(roster + ":2:8: error: 名册每行应有 3 列：机关,层级,上级机关（本行有 2 列） [F7]", run.err().strip());
		assertEquals("", run.out());
	}

	@Test
	void aRosterThatIsNotUtf8OrMissingExitsTwo() throws IOException {
		Path roster = Files.write(dir.resolve("roster.csv"), "甲镇,乡镇,某县\n".getBytes(java.nio.charset.Charset.forName("GB18030")));
		CliRun gbk = CliRun.of("audit", "--roster", roster.toString(), dir.toString());
		assertEquals(2, gbk.exitCode());
		assertTrue(gbk.err().contains("[F2]") && gbk.err().contains("CSV UTF-8"), gbk.err());
		CliRun missing = CliRun.of("audit", "--names", dir.resolve("none.csv").toString(), dir.toString());
		assertEquals(2, missing.exitCode());
		assertTrue(missing.err().contains("none.csv: error: 文件不存在 [F1]"), missing.err());
	}

	@Test
	void filesThatCannotBeReadAreLinesOfTheResultAndTheOthersAreAudited() throws IOException {
		Path reports = Files.createDirectories(dir.resolve("r"));
		Files.writeString(reports.resolve("a.govreport"), GeneratedRegion.report(GeneratedRegion.CLEAN_TOWN, GeneratedRegion.CLEAN_TOWN, 2025));
		Files.writeString(reports.resolve("b.pdf"), "%PDF-1.7\n");
		Files.writeString(reports.resolve("c.doc"), "old word");
		CliRun run = CliRun.of("audit", reports.toString(), dir.resolve("gone.html").toString());
		assertEquals(2, run.exitCode(), run.out() + run.err());
		assertTrue(run.out().contains("pdftotext") && run.out().contains(".docx"), run.out());
		assertTrue(run.out().contains("gone.html") && run.out().contains("[F1]"), run.out());
		assertTrue(run.out().contains("合计：4 份报告，0 份有错误，3 份无法导入"), run.out());
		assertFalse(run.err().contains("Exception"), run.err());

		CliRun findings = CliRun.of("audit", "--format", "findings", reports.toString(), dir.resolve("gone.html").toString());
		assertEquals(2, findings.exitCode(), findings.err());
		List<Map<String, Object>> listed = new Gson().fromJson(findings.out(), new TypeToken<List<Map<String, Object>>>() {
		}.getType());
		Map<String, Object> pdf = listed.stream().filter(f -> f.get("path").toString().endsWith("b.pdf")).findFirst().orElseThrow();
		assertEquals(List.of("path", "severity", "code", "message"), List.copyOf(pdf.keySet()));
		assertEquals("F5", pdf.get("code"));
		assertTrue(pdf.get("message").toString().contains("pdftotext"), pdf.toString());
		assertTrue(listed.stream().anyMatch(f -> f.get("path").toString().endsWith("gone.html") && "F1".equals(f.get("code"))), findings.out());
	}

	@Test
	void twoReportsOfOneOrganAndYearAreADuplicateAndVariantNamesWithoutARosterAreAmbiguous() throws IOException {
		String organ = GeneratedRegion.CLEAN_TOWN;
		Files.writeString(dir.resolve("a.govreport"), GeneratedRegion.report(organ, organ, 2025));
		Files.writeString(dir.resolve("b.govreport"), GeneratedRegion.report(organ, organ, 2025));
		Files.writeString(dir.resolve("c.govreport"), GeneratedRegion.report("城关镇人民政府", "城关镇人民政府", 2025));
		Files.writeString(dir.resolve("d.govreport"), GeneratedRegion.report("城关镇人民政府", "城关镇政府", 2025));
		CliRun run = CliRun.of("audit", dir.toString());
		assertEquals(1, run.exitCode(), run.out());
		assertTrue(run.out().contains(organ + " 2025 年度有 2 份报告：") && run.out().contains("[A2]"), run.out());
		assertTrue(run.out().contains("（城关镇人民政府、城关镇政府），无法判断是一个机关还是几个") && run.out().contains("[A4]"), run.out());
	}

	@Test
	void aReportWithoutADateIsUnknownNeverOnTime() throws IOException {
		String organ = GeneratedRegion.CLEAN_TOWN;
		Files.writeString(dir.resolve("a.govreport"), GeneratedRegion.report(organ, organ, 2025).replaceAll("(?m)^发布日期.*\\n", ""),
				StandardCharsets.UTF_8);
		CliRun run = CliRun.of("audit", "--format", "csv", dir.toString());
		assertTrue(run.out().contains(",,2026-01-31,unknown,"), run.out());
		assertTrue(run.out().contains("A6×1"), run.out());
	}

	@Test
	void aReportThatNamesLastYearIsComparedOnceByItsOwnCheck() throws IOException {
		String organ = GeneratedRegion.WRONG_CARRY_OVER;
		Files.createDirectories(dir.resolve("2024"));
		Files.createDirectories(dir.resolve("2025"));
		Files.writeString(dir.resolve("2024/a.govreport"), GeneratedRegion.report(organ, organ, 2024));
		Files.writeString(dir.resolve("2025/a.govreport"), GeneratedRegion.report(organ, organ, 2025)
				.replaceFirst("(发布日期 .*\\n)", "$1上年报告 \"../2024/a.govreport\"\n"));
		CliRun run = CliRun.of("audit", "--format", "findings", dir.toString());
		assertEquals(2, run.out().split("\"code\": \"R6\"", -1).length - 1, run.out());
	}
}
