package org.govreport.dsl.tests.parser;

import org.govreport.dsl.tests.ReportTesting;
import static org.govreport.dsl.tests.ReportTesting.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;

import org.govreport.dsl.service.Finding;
import org.govreport.dsl.govReport.Header;
import org.govreport.dsl.govReport.Report;
import org.govreport.dsl.govReport.Row;
import org.govreport.dsl.report.ResolvedReport;
import org.junit.jupiter.api.Test;

/** What the parser makes of good and broken reports: values, and syntax errors on the right line. */
class ParserTest {

	private static final String SMALL = """
			报告 "某镇人民政府" 年度 2025
			发布日期 2026-01-20
			前言 「引言里有“引号”、《书名》和「嵌套」括号。」
			一、总体情况 「
			（一）主动公开情况
			全年公开信息 151 条。
			」
			二、主动公开政府信息情况 {
			  信息内容： 本年收费金额（万元）
			  行政事业性收费 24252.311082
			}
			三、收到和处理政府信息公开申请情况 {
			  本年新收 1 0 0 0 0 0 1
			  上年结转 ? 0 0 0 0 0 0
			}
			""";

	@Test
	void readsMetadataProseAndCells() {
		Report report = report(SMALL);
		assertEquals("某镇人民政府", report.getOrgan());
		assertEquals(2025, report.getYear());
		assertEquals("2021", ReportTesting.resolved(report).format());
		assertEquals("2026-01-20", report.getDate());
		assertEquals("引言里有“引号”、《书名》和「嵌套」括号。", report.getPreface());
		assertEquals("\n（一）主动公开情况\n全年公开信息 151 条。\n", report.getSections().get(0).getProse());
		Header header = (Header) report.getSections().get(1).getTable().getLines().get(0);
		assertEquals("信息内容： 本年收费金额（万元）", header.getText());
		Row fees = (Row) report.getSections().get(1).getTable().getLines().get(1);
		assertEquals(new BigDecimal("24252.311082"), fees.getCells().get(0).getValue());
		Row carried = (Row) report.getSections().get(2).getTable().getLines().get(1);
		assertTrue(carried.getCells().get(0).isUnknown());
	}

	@Test
	void resolvesRowsThroughTheForm() {
		ResolvedReport resolved = ReportTesting.resolved(report(SMALL));
		assertEquals(new BigDecimal("24252.311082"), resolved.value("proactive", "fees", "amount").orElseThrow());
		assertEquals(BigDecimal.ONE, resolved.value("requests", "new", "total").orElseThrow());
		assertTrue(resolved.value("requests", "carried_over", "natural_person").isEmpty());
		assertTrue(resolved.value("requests", "granted", "total").isEmpty());
	}

	@Test
	void missingClosingBraceIsReportedAtTheEnd() {
		Finding error = firstSyntaxError("""
				报告 "某镇" 年度 2025
				三、收到和处理政府信息公开申请情况 {
				  本年新收 1 0 0 0 0 0 1
				""");
		// reported at the end of the last line written, where the brace is missing
		assertEquals(3, error.line());
		assertTrue(error.message().contains("文件意外结束"), error.message());
	}

	@Test
	void lettersInANumberCellAreReportedOnTheirLine() {
		Finding error = firstSyntaxError("""
				报告 "某镇" 年度 2025
				三、收到和处理政府信息公开申请情况 {
				  本年新收 1 0 0 0 0 0 1
				  上年结转 0 0 1a 0 0 0 1
				}
				""");
		assertEquals(4, error.line());
		assertEquals(13, error.column());
		assertTrue(error.message().contains("“a”"), error.message());
	}

	@Test
	void truncatedFileIsReportedAtItsEnd() {
		Finding error = firstSyntaxError("""
				报告 "某镇" 年度 2025
				一、总体情况 「全年公开信息
				""");
		assertTrue(error.line() >= 2, error.toLine());
		assertEquals("P1", error.code());
	}

	@Test
	void emptyFileIsASyntaxErrorOnLineOne() {
		Finding error = firstSyntaxError("");
		assertEquals(1, error.line());
	}

	@Test
	void headingWithoutNumeralIsReportedOnItsLine() {
		Finding error = firstSyntaxError("""
				报告 "某镇" 年度 2025
				总体情况 「正文」
				""");
		assertEquals(2, error.line());
	}

	@Test
	void randomTextNeverThrowsAndAlwaysYieldsPositionedErrors() {
		Random random = new Random(42);
		String alphabet = "报告年度格式「」{}：:0123456789.-? \n\t\"#/一、总体情况予以公开abc“”《》";
		for (int i = 0; i < 300; i++) {
			StringBuilder text = new StringBuilder();
			for (int n = random.nextInt(200); n > 0; n--) {
				text.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			List<Finding> findings = check(text.toString());
			int lines = text.toString().split("\n", -1).length;
			for (Finding f : findings) {
				assertTrue(f.line() >= 1 && f.line() <= lines + 1, f.toLine());
				assertFalse(f.message().isBlank(), f.toLine());
			}
		}
	}

	@Test
	void yearMustBeAWholeNumber() {
		Finding error = firstSyntaxError("报告 \"某镇\" 年度 2025.5\n");
		assertEquals(1, error.line());
		assertTrue(error.message().contains("年度"), error.message());
	}

	private static Finding firstSyntaxError(String text) {
		List<Finding> findings = check(text);
		return findings.stream().filter(f -> f.code().equals("P1")).findFirst()
				.orElseThrow(() -> new AssertionError("expected a syntax error, found:\n" + describe(findings)));
	}
}
