package org.govreport.dsl.tests.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.govreport.dsl.rollup.RollupSelection;
import org.govreport.dsl.service.FileFailure;
import org.govreport.dsl.service.Finding;
import org.govreport.dsl.service.FormatService;
import org.govreport.dsl.service.RollupService;
import org.govreport.dsl.tests.Fixture;
import org.govreport.dsl.tests.GeneratedReports;
import org.govreport.dsl.tests.ReportTesting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The roll-up of a region: cell-by-cell sums, canonical and clean output, and the reports it refuses. */
class RollupServiceTest {

	@TempDir
	Path dir;

	private final RollupService rollups = ReportTesting.get(RollupService.class);

	private Path write(String name, String text) throws IOException {
		Path file = dir.resolve(name);
		Files.createDirectories(file.getParent());
		return Files.writeString(file, text, StandardCharsets.UTF_8);
	}

	private RollupService.Outcome rollup(Path out, boolean force, Path... paths) {
		return rollups.rollup(new RollupService.Request("示例区人民政府", 2025, List.of(paths), out, null, force));
	}

	private static String describe(List<Finding> findings) {
		return ReportTesting.describe(findings);
	}

	@Test
	void generatedRegionsSumCellByCellAndCheckClean() throws IOException {
		for (int seed = 1; seed <= 4; seed++) {
			Random random = new Random(seed);
			Path region = dir.resolve("region" + seed);
			List<String> texts = new ArrayList<>();
			int size = 2 + random.nextInt(12);
			for (int i = 0; i < size; i++) {
				String text = GeneratedReports.consistent(random, "示例区第" + i + "街道办事处");
				assertTrue(ReportTesting.check(region.resolve(i + ".govreport"), text).isEmpty(),
						() -> "a generated report should check clean:\n" + describe(ReportTesting.check(text)));
				texts.add(text);
				write("region" + seed + "/" + i + ".govreport", text);
			}
			Path out = dir.resolve("rollup" + seed + ".govreport");
			RollupService.Outcome outcome = rollup(out, false, region);
			assertNull(outcome.refusal());
			assertEquals(size, outcome.selection().included().size());
			String written = ReportTesting.read(out);
			Map<String, List<BigDecimal>> expected = TableCells.sum(texts);
			assertTrue(TableCells.same(expected, TableCells.of(written)),
					"seed " + seed + ": expected " + expected + "\nwritten:\n" + written);
			assertTrue(outcome.findings().isEmpty(), () -> describe(outcome.findings()));
			assertTrue(ReportTesting.check(out).isEmpty(), () -> describe(ReportTesting.check(out)));
			FormatService.Outcome formatted = ReportTesting.get(FormatService.class).format(out);
			assertTrue(formatted.canonical(), "the roll-up is written in the canonical layout");
			assertFalse(outcome.hasFindings());
		}
	}

	@Test
	void examplesOfOneYearSumAndCheckClean() throws IOException {
		List<Path> of2025 = ReportTesting.examples().stream().filter(p -> p.toString().endsWith("2025.govreport"))
				.filter(p -> !p.toString().contains("sample-district")).toList();
		Path out = dir.resolve("examples.govreport");
		RollupService.Outcome outcome = rollup(out, false, of2025.toArray(Path[]::new));
		assertEquals(of2025.size(), outcome.selection().included().size());
		List<String> texts = of2025.stream().map(ReportTesting::read).toList();
		assertTrue(TableCells.same(TableCells.sum(texts), TableCells.of(ReportTesting.read(out))));
		assertTrue(outcome.findings().isEmpty(), () -> describe(outcome.findings()));
	}

	@Test
	void theFeeIsSummedExactly() throws IOException {
		Path a = write("a.govreport", Fixture.consistent().replace("0.25", "0.1").text()
				.replaceFirst("(?m)^上年报告 .*\\R", "").replace("东温泉镇", "甲镇"));
		Path b = write("b.govreport", Fixture.consistent().replace("0.25", "0.2").text()
				.replaceFirst("(?m)^上年报告 .*\\R", "").replace("东温泉镇", "乙镇"));
		Path out = dir.resolve("out.govreport");
		rollup(out, false, a, b);
		assertEquals(0, new BigDecimal("0.3").compareTo(TableCells.of(ReportTesting.read(out)).get("行政事业性收费").get(0)),
				"0.1 + 0.2 is 0.3 万元, not 0.30000000000000004");
	}

	@Test
	void anUnknownCellSumsToUnknownNamingTheReportsAndABlankCountsAsZero() throws IOException {
		String base = Fixture.consistent().text().replaceFirst("(?m)^上年报告 .*\\R", "");
		Path a = write("a.govreport", Fixture.of(base.replace("东温泉镇", "甲镇")).cell("予以公开", 0, "?").text());
		Path b = write("b.govreport", Fixture.of(base.replace("东温泉镇", "乙镇")).cell("部分公开", 0, "空").text());
		Path out = dir.resolve("out.govreport");
		RollupService.Outcome outcome = rollup(out, true, a, b);
		assertEquals(1, outcome.selection().forced().size(), "the report with ? has an error (R5) and is forced");
		String written = ReportTesting.read(out);
		Map<String, List<BigDecimal>> cells = TableCells.of(written);
		assertNull(cells.get("予以公开").get(0), "? + 3 is ?, never 3");
		assertTrue(written.contains("无法汇总（以下报告为 ?）：自然人：重庆市巴南区甲镇人民政府"), written);
		assertEquals(0, new BigDecimal("1").compareTo(cells.get("部分公开").get(0)), "空 counts as 0: 1 + 0");
		assertEquals(0, new BigDecimal("2").compareTo(cells.get("予以公开").get(1)), "the known cells of the row still sum");
	}

	@Test
	void refusesReportsOfAnotherYearDuplicatesAndReportsWithErrors() throws IOException {
		Random random = new Random(7);
		Path good = write("good.govreport", GeneratedReports.consistent(random, "甲街道办事处"));
		Path twice = write("twice.govreport", GeneratedReports.consistent(random, "甲街道办事处"));
		Path old = write("old.govreport", GeneratedReports.consistent(random, "乙街道办事处").replace("年度 2025", "年度 2024")
				.replace("2026-01-20", "2025-01-20"));
		Path wrong = write("wrong.govreport", Fixture.of(GeneratedReports.consistent(random, "丙街道办事处")).cell("予以公开", 0, "99999").text());
		Path broken = write("broken.govreport", "报告 \"丁镇\" 年度 2025 {");
		Path out = dir.resolve("out.govreport");
		RollupService.Outcome outcome = rollup(out, false, good, twice, old, wrong, broken);
		RollupSelection selection = outcome.selection();
		assertEquals(List.of(good), selection.included().stream().map(r -> r.file()).toList());
		List<String> reasons = selection.refused().stream().map(r -> r.report().file().getFileName() + " " + r.reason()).toList();
		assertEquals(4, reasons.size(), reasons::toString);
		assertTrue(reasons.get(0).startsWith("twice.govreport 与 " + good + " 是同一机关"), reasons::toString);
		assertTrue(reasons.get(1).startsWith("old.govreport 年度为 2024，不是 2025"), reasons::toString);
		assertTrue(reasons.get(2).startsWith("wrong.govreport 有 "), reasons::toString);
		assertTrue(reasons.get(3).contains("语法错误"), reasons::toString);
		assertTrue(outcome.hasFindings());

		Path forced = dir.resolve("forced.govreport");
		RollupService.Outcome withForce = rollup(forced, true, good, twice, old, wrong, broken);
		assertEquals(4, withForce.selection().included().size(), "--force sums all but the report that does not parse");
		assertEquals(3, withForce.selection().forced().size());
		assertTrue(ReportTesting.read(forced).contains("# 其中以 --force 强制汇总的报告："));
	}

	@Test
	void refusesToMixFormatsAndSumsThe2019FormInItsOwnForm() throws IOException {
		Random random = new Random(3);
		Path a = write("a.govreport", GeneratedReports.of(random, ReportTesting.forms().form("2019").orElseThrow(), "甲镇", 2025));
		Path b = write("b.govreport", GeneratedReports.of(random, ReportTesting.forms().form("2019").orElseThrow(), "乙镇", 2025));
		Path c = write("c.govreport", GeneratedReports.consistent(random, "丙镇"));
		RollupService.Outcome mixed = rollup(dir.resolve("mixed.govreport"), true, a, b, c);
		assertTrue(mixed.refusal().startsWith("要汇总的报告格式不一致（格式 2019：2 份"), mixed.refusal());
		assertFalse(Files.exists(dir.resolve("mixed.govreport")), "nothing is written");

		Path out = dir.resolve("2019.govreport");
		RollupService.Outcome outcome = rollup(out, true, a, b);
		String written = ReportTesting.read(out);
		assertTrue(written.contains("格式 2019"), written);
		assertTrue(TableCells.same(TableCells.sum(List.of(ReportTesting.read(a), ReportTesting.read(b))), TableCells.of(written)));
		assertEquals(2, outcome.selection().included().size());
	}

	@Test
	void linksLastYearsRollupSoThatCarryOverIsChecked() throws IOException {
		Path lastYear = dir.resolve("2024.govreport");
		rollups.rollup(new RollupService.Request("示例区人民政府", 2024, List.of(Fixture.LAST_YEAR), lastYear, null, false));
		Path out = dir.resolve("sub/2025.govreport");
		RollupService.Outcome outcome = rollups.rollup(
				new RollupService.Request("示例区人民政府", 2025, List.of(Fixture.THIS_YEAR), out, lastYear, false));
		assertTrue(ReportTesting.read(out).contains("上年报告 \"../2024.govreport\""));
		assertTrue(outcome.findings().isEmpty(), () -> describe(outcome.findings()));

		Path unrelated = dir.resolve("other.govreport");
		Path wrong = dir.resolve("wrong.govreport");
		rollups.rollup(new RollupService.Request("示例区人民政府", 2024,
				List.of(write("x/x.govreport", GeneratedReports.consistent(new Random(1), "某镇").replace("年度 2025", "年度 2024")
						.replace("2026-01-20", "2025-01-20"))), unrelated, null, false));
		RollupService.Outcome broken = rollups.rollup(
				new RollupService.Request("示例区人民政府", 2025, List.of(Fixture.THIS_YEAR), wrong, unrelated, false));
		assertTrue(broken.findings().stream().anyMatch(f -> f.code().equals("R6")), () -> describe(broken.findings()));
	}

	@Test
	void refusesToOverwriteWithoutForce() throws IOException {
		Path a = write("a.govreport", GeneratedReports.consistent(new Random(2), "甲镇"));
		Path out = write("out.govreport", "别的内容");
		FileFailure failure = assertThrows(FileFailure.class, () -> rollup(out, false, a));
		assertEquals("F4", failure.code());
		assertEquals("别的内容", ReportTesting.read(out));
		rollup(out, true, a);
		assertTrue(ReportTesting.read(out).contains("报告 \"示例区人民政府\""));
	}
}
