package org.govreport.dsl.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

import org.govreport.dsl.tests.CliRun;
import org.govreport.dsl.tests.Fixture;
import org.govreport.dsl.tests.GitTesting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonParser;

/** {@code govreport diff}: exit codes 0 same, 1 changed, 2 bad input; formats; bad inputs without a stack trace. */
class DiffCommandTest {

	@TempDir
	Path dir;

	@Test
	void theSameReportIsExitZero() {
		Path a = report("a", Fixture.consistent());
		Path b = report("b", Fixture.consistent().replace("前言", "# 注释\n前言"));
		CliRun run = CliRun.of("diff", a.toString(), b.toString());
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.out().contains("没有实质改动"), run.out());
	}

	@Test
	void aChangeIsExitOneAndNamesTheCell() {
		CliRun run = CliRun.of("diff", report("a", Fixture.consistent()).toString(),
				report("b", Fixture.consistent().cell("予以公开", 0, "4")).toString());
		assertEquals(1, run.exitCode(), run.err());
		assertTrue(run.out().contains("三·予以公开·自然人: 3 → 4 (+1, +33.3%)"), run.out());
		assertTrue(run.out().contains("+ R1 三·予以公开·自然人"), run.out());
		assertFalse(run.out().contains("\u001b"), "no colours when not a terminal");
	}

	@Test
	void yearOverYear() {
		Path last = Path.of("src/test/resources/reports/2024/东温泉镇.govreport");
		CliRun run = CliRun.of("diff", "--format", "json", last.toString(), Fixture.THIS_YEAR.toString());
		assertEquals(1, run.exitCode(), run.err());
		var json = JsonParser.parseString(run.out()).getAsJsonObject();
		assertTrue(json.getAsJsonArray("head").toString().contains("\"年度\""), run.out());
		assertTrue(json.getAsJsonArray("tables").size() > 0);
	}

	@Test
	void markdownForAPullRequest() {
		CliRun run = CliRun.of("diff", "--format", "markdown", report("a", Fixture.consistent()).toString(),
				report("b", Fixture.consistent().cell("予以公开", 0, "4")).toString());
		assertEquals(1, run.exitCode());
		assertTrue(run.out().contains("| 三·予以公开·自然人 | 3 | 4 | +1, +33.3% |"), run.out());
	}

	@Test
	void aMissingFileIsExitTwo() {
		CliRun run = CliRun.of("diff", report("a", Fixture.consistent()).toString(), dir.resolve("nope.govreport").toString());
		assertEquals(2, run.exitCode());
		assertTrue(run.err().contains("nope.govreport: error: 文件不存在 [F1]"), run.err());
		assertEquals("", run.out());
	}

	@Test
	void aBinaryFileIsExitTwo() throws IOException {
		Path binary = Files.write(dir.resolve("b.govreport"), new byte[] { 'P', 'K', 3, 4, 0, 0, 1 });
		CliRun run = CliRun.of("diff", report("a", Fixture.consistent()).toString(), binary.toString());
		assertEquals(2, run.exitCode());
		assertTrue(run.err().contains("二进制文件") && run.err().contains("[F2]"), run.err());
	}

	@Test
	void aFileThatIsNotUtf8IsExitTwo() throws IOException {
		Path gbk = Files.write(dir.resolve("b.govreport"), Fixture.consistent().text().getBytes(Charset.forName("GB18030")));
		CliRun run = CliRun.of("diff", report("a", Fixture.consistent()).toString(), gbk.toString());
		assertEquals(2, run.exitCode());
		assertTrue(run.err().contains("不是 UTF-8") && run.err().contains("[F2]"), run.err());
	}

	@Test
	void aSideWithSyntaxErrorsIsDiffedAsFarAsItReadsAndExitTwo() {
		Fixture broken = Fixture.of(Fixture.consistent().cell("予以公开", 0, "4").text() + "\n}}\n");
		CliRun run = CliRun.of("diff", report("a", Fixture.consistent()).toString(), report("b", broken).toString());
		assertEquals(2, run.exitCode());
		assertTrue(run.err().contains("有语法错误，只比较了能读出的部分"), run.err());
		assertTrue(run.out().contains("三·予以公开·自然人: 3 → 4"), run.out());
	}

	@Test
	void twoFormatsAreComparedOnTheirSharedCellsAndExitTwo() {
		CliRun run = CliRun.of("diff", report("a", Fixture.consistent()).toString(),
				report("b", Fixture.consistent().replace("格式 2021", "格式 2019").cell("予以公开", 0, "4")).toString());
		assertEquals(2, run.exitCode());
		assertTrue(run.out().contains("注意：两份报告的格式不同（2021 与 2019），只比较两者共有的单元格"), run.out());
		assertTrue(run.out().contains("三·予以公开·自然人: 3 → 4"), run.out());
	}

	@Test
	void aFileThatIsNoReportIsExitTwo() {
		CliRun run = CliRun.of("diff", report("a", Fixture.consistent()).toString(),
				GitTesting.write(dir.resolve("empty.govreport"), "").toString());
		assertEquals(2, run.exitCode());
		assertTrue(run.err().contains("读不出报告"), run.err());
	}

	@Test
	void oneSideIsAUsageError() {
		CliRun run = CliRun.of("diff", report("a", Fixture.consistent()).toString());
		assertEquals(2, run.exitCode());
		assertTrue(run.err().contains("需要两份报告"), run.err());
	}

	@Test
	void aRevisionOutsideAnyRepositoryIsExitTwo() {
		CliRun run = CliRun.of("diff", "--git", "HEAD", report("outside/r", Fixture.consistent()).toString());
		assertEquals(2, run.exitCode());
		assertTrue(run.err().contains("不在 Git 仓库中"), run.err());
	}

	private Path report(String name, Fixture fixture) {
		return GitTesting.write(dir.resolve(name + ".govreport"), fixture.text());
	}
}
