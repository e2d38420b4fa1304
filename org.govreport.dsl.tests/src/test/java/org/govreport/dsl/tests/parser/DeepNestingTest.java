package org.govreport.dsl.tests.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.govreport.dsl.tests.CliRun;
import org.govreport.dsl.tests.ReportTesting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Prose nested 「「…」」 tens of thousands deep is read like any prose (issue 20, defect 1). */
class DeepNestingTest {

	private static final int DEPTH = 50_000;

	@TempDir
	Path dir;

	private static String nested(int depth) {
		return "「".repeat(depth) + "x" + "」".repeat(depth);
	}

	private static String report(String preface) {
		return "报告 \"某镇人民政府\" 年度 2025\n前言 " + preface + "\n一、总体情况 「正文」\n";
	}

	@Test
	void deeplyNestedProseIsOneToken() {
		String inner = nested(DEPTH - 1);
		assertEquals(inner, ReportTesting.report(report("「" + inner + "」")).getPreface());
	}

	@Test
	void deeplyNestedProseNeverClosedIsASyntaxError() {
		String text = report("「".repeat(DEPTH) + "x");
		assertTrue(ReportTesting.check(text).stream().anyMatch(f -> "P1".equals(f.code())),
				ReportTesting.describe(ReportTesting.check(text)));
	}

	@Test
	void checkOfAFolderReadsTheOtherFilesToo() throws IOException {
		Files.writeString(dir.resolve("a-deep.govreport"), report(nested(DEPTH)));
		Files.writeString(dir.resolve("b-broken.govreport"), "报告 \"某镇\" 年度 2025\n一、总体情况 「正文\n");
		CliRun run = CliRun.of("check", dir.toString());
		assertTrue(run.out().contains("b-broken.govreport:2:"), run.out() + run.err());
		assertTrue(run.out().contains("检查了 2 个文件"), run.out() + run.err());
	}
}
