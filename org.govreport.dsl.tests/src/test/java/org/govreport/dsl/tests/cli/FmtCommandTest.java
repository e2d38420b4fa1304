package org.govreport.dsl.tests.cli;

import org.govreport.dsl.tests.CliRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code govreport fmt}: rewrites in place, --check for CI, and leaves broken files alone. */
class FmtCommandTest {

	private static final String MESSY = "报告 \"某镇\"   年度 2025\n一、总体情况 「正文」\n";
	private static final String CANONICAL = "报告 \"某镇\" 年度 2025\n\n一、总体情况 「正文」\n";

	@TempDir
	Path dir;

	@Test
	void rewritesAFileInPlace() throws IOException {
		Path file = write("a.govreport", MESSY);
		CliRun run = CliRun.of("fmt", file.toString());
		assertEquals(0, run.exitCode(), run.err());
		assertEquals(CANONICAL, Files.readString(file));
		assertTrue(run.out().contains("已整理格式"), run.out());
	}

	@Test
	void checkReportsFilesThatAreNotCanonicalWithoutTouchingThem() throws IOException {
		Path messy = write("messy.govreport", MESSY);
		write("tidy.govreport", CANONICAL);
		CliRun run = CliRun.of("fmt", "--check", dir.toString());
		assertEquals(1, run.exitCode());
		assertEquals(MESSY, Files.readString(messy));
		assertTrue(run.out().contains("messy.govreport: 格式不规范"), run.out());
		assertTrue(!run.out().contains("tidy.govreport"), run.out());
	}

	@Test
	void aCrlfFileKeepsCrlfOnEveryLine() throws IOException {
		Path file = write("crlf.govreport", MESSY.replace("\n", "\r\n"));
		assertEquals(0, CliRun.of("fmt", file.toString()).exitCode());
		assertEquals(CANONICAL.replace("\n", "\r\n"), Files.readString(file));
		assertEquals(0, CliRun.of("fmt", "--check", file.toString()).exitCode());
	}

	@Test
	void mixedLineEndingsAreNotCanonicalAndFmtMakesThemTheFirstLinesEnding() throws IOException {
		Path file = write("mixed.govreport", CANONICAL.replaceFirst("\n", "\r\n"));
		assertEquals(1, CliRun.of("fmt", "--check", file.toString()).exitCode());
		assertEquals(0, CliRun.of("fmt", file.toString()).exitCode());
		assertEquals(CANONICAL.replace("\n", "\r\n"), Files.readString(file));
	}

	@Test
	void aSymbolicLinkStaysALinkAndItsTargetIsFormatted() throws IOException {
		Path target = write("real.govreport", MESSY);
		Path link = Files.createSymbolicLink(dir.resolve("link.govreport"), target.getFileName());
		assertEquals(0, CliRun.of("fmt", link.toString()).exitCode());
		assertTrue(Files.isSymbolicLink(link));
		assertEquals(CANONICAL, Files.readString(target));
	}

	@Test
	void checkPassesOnCanonicalFiles() throws IOException {
		write("tidy.govreport", CANONICAL);
		assertEquals(0, CliRun.of("fmt", "--check", dir.toString()).exitCode());
	}

	@Test
	void aFileWithSyntaxErrorsIsReportedAndLeftAlone() throws IOException {
		String broken = "报告 \"某镇\" 年度 2025\n一、总体情况 「正文\n";
		Path file = write("broken.govreport", broken);
		CliRun run = CliRun.of("fmt", file.toString());
		assertEquals(1, run.exitCode());
		assertEquals(broken, Files.readString(file));
		assertTrue(run.out().contains("broken.govreport:2:"), run.out());
		assertTrue(run.out().contains("[P1]"), run.out());
	}

	@Test
	void unreadableAndMissingFilesExitWithTwo() throws IOException {
		Path gbk = dir.resolve("gbk.govreport");
		Files.write(gbk, "报告 \"某镇\" 年度 2025\n".getBytes("GBK"));
		CliRun run = CliRun.of("fmt", gbk.toString());
		assertEquals(2, run.exitCode());
		assertTrue(run.err().contains("gbk.govreport: error: 不是 UTF-8 编码的文本"), run.err());
		CliRun missing = CliRun.of("fmt", dir.resolve("none.govreport").toString());
		assertEquals(2, missing.exitCode());
		assertTrue(missing.err().contains("文件不存在"), missing.err());
	}

	@Test
	void usageErrorsExitWithTwo() {
		assertEquals(2, CliRun.of("fmt").exitCode());
		assertEquals(2, CliRun.of("no-such-command").exitCode());
	}

	private Path write(String name, String text) throws IOException {
		return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
	}
}
