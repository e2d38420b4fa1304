package org.govreport.dsl.tests.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.govreport.dsl.report.Indicators;
import org.govreport.dsl.service.FileFailure;
import org.govreport.dsl.service.OverviewService;
import org.govreport.dsl.tests.Fixture;
import org.govreport.dsl.tests.ReportTesting;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The overview page read back with jsoup: one row per report with its figures, links that work, nothing fetched. */
class OverviewServiceTest {

	@TempDir
	Path dir;

	private final OverviewService overviews = ReportTesting.get(OverviewService.class);

	private Document page(OverviewService.Outcome outcome) throws IOException {
		return Jsoup.parse(outcome.page().toFile(), "UTF-8");
	}

	private static Map<String, Element> rowsByOrganAndYear(Document page) {
		Map<String, Element> rows = new java.util.LinkedHashMap<>();
		for (Element row : page.select("#reports tbody tr")) {
			rows.put(row.child(0).text() + " " + row.child(1).text(), row);
		}
		return rows;
	}

	@Test
	void everyExampleIsARowWithItsFiguresAndALinkToItsExport() throws IOException {
		List<Path> examples = ReportTesting.examples();
		OverviewService.Outcome outcome = overviews.overview(List.of(Path.of("..", "examples")), dir.resolve("out"), false,
				LocalDate.of(2026, 2, 1));
		Document page = page(outcome);
		assertEquals(examples.size(), page.select("#reports tbody tr").size());
		for (Element link : page.select("#reports tbody a")) {
			assertTrue(Files.isRegularFile(dir.resolve("out").resolve(link.attr("href"))), link.attr("href"));
		}
		Path sample = examples.stream().filter(p -> p.toString().endsWith("sample-district-bureau-2025.govreport")).findFirst().orElseThrow();
		Indicators expected = Indicators.of(ReportTesting.resolved(ReportTesting.report(ReportTesting.read(sample))));
		Element row = rowsByOrganAndYear(page).get("示例市青石区住房和城乡建设局 2025");
		assertEquals(expected.requests().orElseThrow().toPlainString(), row.child(6).text());
		assertEquals(expected.disclosureRate().orElseThrow().toPlainString(), row.child(7).attr("data-v"));
		assertEquals(expected.reviews().orElseThrow().toPlainString(), row.child(8).text());
		assertTrue(page.select("script[src], link[href], img[src]").isEmpty(), "self-contained: nothing fetched");
		assertTrue(page.selectFirst("#overview-data").data().contains("\"outcomes\""));
		assertTrue(page.select("script").stream().anyMatch(s -> s.data().contains("Apache ECharts") || s.data().contains("echarts")),
				"ECharts is inlined");
	}

	@Test
	void statusFindingsPublicationDateAndLateness() throws IOException {
		String clean = Fixture.consistent().text().replaceFirst("(?m)^上年报告 .*\\R", "");
		Path folder = Files.createDirectories(dir.resolve("in"));
		Files.writeString(folder.resolve("a.govreport"), clean.replace("东温泉镇", "甲镇"), StandardCharsets.UTF_8);
		Files.writeString(folder.resolve("b.govreport"), Fixture.of(clean.replace("东温泉镇", "乙镇")).cell("予以公开", 0, "4").text()
				.replace("2026-01-20", "2026-02-15"), StandardCharsets.UTF_8);
		Files.writeString(folder.resolve("c.govreport"), clean.replace("东温泉镇", "丙镇").replaceFirst("(?m)^发布日期 .*\\R", ""),
				StandardCharsets.UTF_8);
		Files.write(folder.resolve("d.govreport"), new byte[] { (byte) 0xB1, (byte) 0xA8 });
		OverviewService.Outcome outcome = overviews.overview(List.of(folder), dir.resolve("out"), false, LocalDate.of(2026, 2, 1));
		Map<String, Element> rows = rowsByOrganAndYear(page(outcome));
		Element a = rows.get("重庆市巴南区甲镇人民政府 2025");
		assertEquals("无问题", a.child(2).text());
		assertEquals("2026-01-20", a.child(10).text());
		assertEquals("按期", a.child(11).text());
		Element b = rows.get("重庆市巴南区乙镇人民政府 2025");
		assertEquals("有错误", b.child(2).text());
		assertEquals("R1×1", b.child(5).text());
		assertEquals("逾期（应于 2026-01-31 前）", b.child(11).text());
		assertEquals("未载明", rows.get("重庆市巴南区丙镇人民政府 2025").child(10).text());
		Element d = page(outcome).select("#reports tbody tr[data-status=无法读取]").first();
		assertTrue(d.text().contains("不是 UTF-8 编码的文本"), d.text());
	}

	@Test
	void anExistingPageIsNotOverwrittenWithoutForce() throws IOException {
		Path out = Files.createDirectories(dir.resolve("out"));
		Files.writeString(out.resolve("index.html"), "old");
		FileFailure failure = assertThrows(FileFailure.class,
				() -> overviews.overview(List.of(Fixture.THIS_YEAR), out, false, LocalDate.of(2026, 2, 1)));
		assertEquals("F4", failure.code());
		assertEquals("old", Files.readString(out.resolve("index.html")));
		overviews.overview(List.of(Fixture.THIS_YEAR), out, true, LocalDate.of(2026, 2, 1));
		assertTrue(Files.readString(out.resolve("index.html")).startsWith("<!DOCTYPE html>"));
	}
}
