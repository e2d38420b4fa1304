package org.govreport.dsl.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.govreport.dsl.tests.CliRun;
import org.govreport.dsl.tests.GeneratedReports;
import org.govreport.dsl.tests.ReportTesting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code govreport rollup} as a user runs it: what it prints and its exit codes, bad input included. */
class RollupCommandTest {

	@TempDir
	Path dir;

	private Path region() throws IOException {
		Random random = new Random(11);
		Path folder = Files.createDirectories(dir.resolve("region"));
		for (int i = 0; i < 3; i++) {
			Files.writeString(folder.resolve(i + ".govreport"), GeneratedReports.consistent(random, "某区第" + i + "街道办事处"),
					StandardCharsets.UTF_8);
		}
		return folder;
	}

	private static void assertClean(CliRun run) {
		assertFalse((run.out() + run.err()).contains("Exception"), run.out() + run.err());
	}

	@Test
	void aCleanRegionIsExitZero() throws IOException {
		Path out = dir.resolve("区.govreport");
		CliRun run = CliRun.of("rollup", "--organ", "某区人民政府", "--year", "2025", "-o", out.toString(), region().toString());
		assertEquals(0, run.exitCode(), run.out() + run.err());
		assertTrue(run.out().contains("已写入 " + out + "：汇总了 3 份报告，未汇总 0 份；汇总报告有 0 个错误、0 个警告"), run.out());
		assertTrue(Files.exists(out));
	}

	@Test
	void aReportThatDoesNotParseOrCannotBeReadIsListedSkippedAndCounted() throws IOException {
		Path region = region();
		Files.writeString(region.resolve("broken.govreport"), "报告 \"某镇\" 年度 2025 {", StandardCharsets.UTF_8);
		Files.write(region.resolve("gbk.govreport"), new byte[] { (byte) 0xB1, (byte) 0xA8 });
		Path out = dir.resolve("区.govreport");
		CliRun run = CliRun.of("rollup", "--organ", "某区人民政府", "--year", "2025", "-o", out.toString(), region.toString());
		assertEquals(2, run.exitCode(), "an unreadable file is exit 2\n" + run.out() + run.err());
		assertTrue(run.out().contains("broken.govreport: 未汇总：有 "), run.out());
		assertTrue(run.err().contains("gbk.govreport: error: 不是 UTF-8 编码的文本"), run.err());
		assertTrue(run.out().contains("汇总了 3 份报告，未汇总 2 份"), run.out());
		assertClean(run);
	}

	@Test
	void anEmptyFolderIsExitTwo() throws IOException {
		CliRun run = CliRun.of("rollup", "--organ", "某区人民政府", "--year", "2025", "-o", dir.resolve("o.govreport").toString(),
				Files.createDirectories(dir.resolve("empty")).toString());
		assertEquals(2, run.exitCode());
		assertTrue(run.err().contains("没有找到 .govreport 报告，未写入汇总报告"), run.err());
	}

	@Test
	void anExistingOutputOrAnUnwritableFolderIsExitTwoWithAMessage() throws IOException {
		Path region = region();
		Path existing = Files.writeString(dir.resolve("已有.govreport"), "x");
		CliRun run = CliRun.of("rollup", "--organ", "某区人民政府", "--year", "2025", "-o", existing.toString(), region.toString());
		assertEquals(2, run.exitCode());
		assertTrue(run.err().contains("已有.govreport: error: 文件已存在，未覆盖（加 --force 覆盖） [F4]"), run.err());
		Path notAFolder = Files.writeString(dir.resolve("file"), "x");
		run = CliRun.of("rollup", "--organ", "某区人民政府", "--year", "2025", "-o", notAFolder.resolve("o.govreport").toString(),
				region.toString());
		assertEquals(2, run.exitCode());
		assertTrue(run.err().contains("o.govreport: error: 无法写入：路径中有一段是文件，不是文件夹 [F4]"), run.err());
		assertClean(run);
	}

	@Test
	void mixedFormatsAreRefusedWithExitOne() throws IOException {
		Path region = region();
		Files.writeString(region.resolve("old-form.govreport"), GeneratedReports.of(new Random(1),
				ReportTesting.forms().form("2019").orElseThrow(), "某镇", 2025), StandardCharsets.UTF_8);
		CliRun run = CliRun.of("rollup", "--organ", "某区人民政府", "--year", "2025", "--force", "-o",
				dir.resolve("o.govreport").toString(), region.toString());
		assertEquals(1, run.exitCode());
		assertTrue(run.err().contains("要汇总的报告格式不一致"), run.err());
		assertFalse(Files.exists(dir.resolve("o.govreport")));
	}
}
