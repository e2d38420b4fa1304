package org.govreport.dsl.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.govreport.dsl.tests.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code govreport overview} as a user runs it: what it prints and its exit codes, bad input included. */
class OverviewCommandTest {

	@TempDir
	Path dir;

	@Test
	void theExamplesAreExitZeroAndAnExistingPageIsExitTwo() {
		CliRun run = CliRun.of("overview", "-o", dir.toString(), "../examples");
		assertEquals(0, run.exitCode(), run.out() + run.err());
		assertTrue(run.out().contains("已写入 " + dir.resolve("index.html") + "：7 份报告，0 份有错误，0 份无法读取"), run.out());
		run = CliRun.of("overview", "-o", dir.toString(), "../examples");
		assertEquals(2, run.exitCode());
		assertTrue(run.err().contains("index.html: error: 文件已存在，未覆盖（加 --force 覆盖） [F4]"), run.err());
	}

	@Test
	void anEmptyFolderOrAnUnreadableReportIsExitTwo() throws IOException {
		CliRun run = CliRun.of("overview", "-o", dir.resolve("out").toString(), Files.createDirectories(dir.resolve("empty")).toString());
		assertEquals(2, run.exitCode());
		assertTrue(run.err().contains("没有找到 .govreport 报告"), run.err());
		Path folder = Files.createDirectories(dir.resolve("in"));
		Files.write(folder.resolve("gbk.govreport"), new byte[] { (byte) 0xB1, (byte) 0xA8 });
		run = CliRun.of("overview", "-o", dir.resolve("out").toString(), folder.toString());
		assertEquals(2, run.exitCode());
		assertTrue(run.err().contains("gbk.govreport: error: 不是 UTF-8 编码的文本"), run.err());
		assertTrue(Files.exists(dir.resolve("out/index.html")), "the page still lists it");
	}
}
