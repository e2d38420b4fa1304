package org.govreport.dsl.tests.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.govreport.dsl.service.ExportTargets;
import org.govreport.dsl.service.FileFailure;
import org.govreport.dsl.service.NoticeService;
import org.govreport.dsl.tests.Fixture;
import org.govreport.dsl.tests.ReportTesting;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rectification notice, read back as its organ would read it: the DOCX with POI, the HTML with jsoup. */
class NoticeServiceTest {

	@TempDir
	Path dir;

	private final NoticeService notices = ReportTesting.get(NoticeService.class);

	private static final NoticeService.Letterhead LETTERHEAD = new NoticeService.Letterhead("某区人民政府办公室",
			LocalDate.of(2026, 3, 31), LocalDate.of(2026, 2, 10));

	/** The fixture with 予以公开·自然人 written 4 instead of 3 (R1 and R2 broken by that one cell) and a ? in 行政许可. */
	private Path wrongReport() throws IOException {
		String text = Fixture.consistent().cell("予以公开", 0, "4").cell("行政许可", 0, "?").text()
				.replaceFirst("(?m)^上年报告 .*\\R", "");
		return Files.writeString(dir.resolve("东温泉镇.govreport"), text, StandardCharsets.UTF_8);
	}

	private NoticeService.Outcome notice(Path file, boolean force) {
		return notices.notice(file, file, new ExportTargets(dir.resolve("out")), LETTERHEAD, force);
	}

	@Test
	void theDocxListsEachFindingWithItsCellExpectedAndActualNumberRuleAndBasis() throws IOException {
		NoticeService.Outcome outcome = notice(wrongReport(), false);
		assertEquals(List.of(dir.resolve("out/东温泉镇-整改通知.docx"), dir.resolve("out/东温泉镇-整改通知.html")), outcome.written());
		try (InputStream in = Files.newInputStream(outcome.written().get(0)); XWPFDocument docx = new XWPFDocument(in)) {
			List<String> paragraphs = docx.getParagraphs().stream().map(XWPFParagraph::getText).toList();
			assertEquals("关于2025年度政府信息公开工作年度报告问题的整改通知", paragraphs.get(0));
			assertEquals("GovTitle", docx.getParagraphs().get(0).getStyle(), "the title in the GB/T 9704 title style");
			assertEquals("重庆市巴南区东温泉镇人民政府：", paragraphs.get(1));
			assertTrue(paragraphs.contains("请于2026年3月31日前逐项改正，重新检查无误后更新发布，并将整改情况报送某区人民政府办公室。"), paragraphs::toString);
			assertEquals(List.of("某区人民政府办公室", "2026年2月10日"), paragraphs.subList(paragraphs.size() - 2, paragraphs.size()));
			XWPFTable table = docx.getTables().get(0);
			assertEquals(List.of("序号", "位置", "应为", "实为", "问题", "依据"),
					table.getRow(0).getTableCells().stream().map(c -> c.getText()).toList());
			List<String> r1 = table.getRows().stream().map(r -> r.getTableCells().stream().map(c -> c.getText()).toList())
					.filter(cells -> cells.get(4).endsWith("［R1］")).findFirst().orElseThrow();
			assertTrue(r1.get(1).contains("（一）予以公开 · 自然人"), r1::toString);
			assertEquals("3", r1.get(2), "the number that makes both sums hold");
			assertEquals("4", r1.get(3));
			assertTrue(r1.get(5).contains("国办公开办函〔2021〕30号"), r1::toString);
			assertTrue(table.getRows().stream().anyMatch(r -> r.getCell(4).getText().endsWith("［R5］")
					&& r.getCell(1).getText().contains("行政许可")), "the ? cell is listed at its cell");
			assertEquals("11906", docx.getDocument().getBody().getSectPr().getPgSz().getW().toString(), "A4");
		}
	}

	@Test
	void theHtmlSaysTheSame() throws IOException {
		NoticeService.Outcome outcome = notice(wrongReport(), false);
		Document html = Jsoup.parse(outcome.written().get(1).toFile(), "UTF-8");
		assertEquals("关于2025年度政府信息公开工作年度报告问题的整改通知", html.selectFirst("h1").text());
		Element r1 = html.selectFirst("table.findings tr[data-code=R1]");
		assertEquals("3", r1.child(2).text());
		assertEquals("4", r1.child(3).text());
		assertTrue(html.text().contains("2026年3月31日前"));
		assertTrue(html.select("script, link, img").isEmpty(), "self-contained");
	}

	@Test
	void aCleanReportGetsNoNoticeAndAnExistingNoticeIsNotOverwritten() throws IOException {
		Path clean = Files.writeString(dir.resolve("clean.govreport"),
				Fixture.consistent().text().replaceFirst("(?m)^上年报告 .*\\R", ""), StandardCharsets.UTF_8);
		NoticeService.Outcome none = notice(clean, false);
		assertTrue(none.findings().isEmpty() && none.written().isEmpty(), () -> ReportTesting.describe(none.findings()));
		Path wrong = wrongReport();
		notice(wrong, false);
		FileFailure failure = assertThrows(FileFailure.class, () -> notice(wrong, false));
		assertEquals("F4", failure.code());
		assertEquals(2, notice(wrong, true).written().size());
	}
}
