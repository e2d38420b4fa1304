package org.govreport.dsl.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.govreport.dsl.tests.CliRun;
import org.govreport.dsl.tests.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code govreport notice} as a user runs it: what it prints and its exit codes, bad input included. */
class NoticeCommandTest {

	@TempDir
	Path dir;

	@Test
	void writesANoticeForEachReportWithFindingsOnly() throws IOException {
		Path folder = Files.createDirectories(dir.resolve("reports"));
		String clean = Fixture.consistent().text().replaceFirst("(?m)^上年报告 .*\\R", "");
		Files.writeString(folder.resolve("clean.govreport"), clean, StandardCharsets.UTF_8);
		Files.writeString(folder.resolve("wrong.govreport"), Fixture.of(clean).cell("予以公开", 0, "4").text(), StandardCharsets.UTF_8);
		Files.write(folder.resolve("gbk.govreport"), new byte[] { (byte) 0xB1, (byte) 0xA8 });
		CliRun run = CliRun.of("notice", "--deadline", "2026-03-31", "-o", dir.resolve("out").toString(), folder.toString());
		assertEquals(2, run.exitCode(), "an unreadable report is exit 2\n" + run.out() + run.err());
		assertTrue(run.out().contains("已写入 " + dir.resolve("out/wrong-整改通知.docx")), run.out());
		assertTrue(run.err().contains("gbk.govreport: error: 不是 UTF-8"), run.err());
		assertTrue(run.out().contains("检查了 3 份报告：1 份有问题，已写整改通知"), run.out());
		assertTrue(Files.notExists(dir.resolve("out/clean-整改通知.docx")));
	}

	@Test
	void aWrongDateOrAnEmptyFolderIsExitTwo() throws IOException {
		CliRun run = CliRun.of("notice", "--deadline", "2026-02-30", "-o", dir.toString(), dir.toString());
		assertEquals(2, run.exitCode());
		assertTrue(run.err().contains("日期 “2026-02-30” 无效"), run.err());
		run = CliRun.of("notice", "-o", dir.resolve("out").toString(), Files.createDirectories(dir.resolve("empty")).toString());
		assertEquals(2, run.exitCode());
		assertTrue(run.err().contains("没有找到 .govreport 报告"), run.err());
	}
}
