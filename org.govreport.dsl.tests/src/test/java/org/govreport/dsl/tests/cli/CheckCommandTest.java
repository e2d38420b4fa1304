package org.govreport.dsl.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.govreport.dsl.cli.Main;
import org.govreport.dsl.tests.Fixture;
import org.govreport.dsl.tests.ReportTesting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code govreport check}: output formats, sorting, summary and exit codes, through Main.run. */
class CheckCommandTest {

	@TempDir
	Path dir;

	private record Run(int exit, String out, String err) {
		List<String> lines() {
			return out.lines().toList();
		}
	}

	private static Run run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
		return new Run(exit, out.toString(), err.toString());
	}

	/** Writes this year's and last year's fixture into the temporary folder, this year's edited. */
	private Path write(Fixture thisYear) throws IOException {
		Path last = dir.resolve("2024/东温泉镇.govreport");
		Files.createDirectories(last.getParent());
		Files.writeString(last, ReportTesting.read(Fixture.LAST_YEAR), StandardCharsets.UTF_8);
		Path file = dir.resolve("2025/东温泉镇.govreport");
		Files.createDirectories(file.getParent());
		Files.writeString(file, thisYear.text(), StandardCharsets.UTF_8);
		return file;
	}

	@Test
	void cleanFolderExitsZeroWithASummary() throws IOException {
		write(Fixture.consistent());
		Run run = run("check", dir.toString());
		assertEquals(0, run.exit(), run.out());
		assertEquals(List.of("检查了 2 个文件：0 个错误，0 个警告"), run.lines());
	}

	@Test
	void errorsAreSortedOneLineEachThenTheSummary() throws IOException {
		Fixture f = Fixture.consistent().cell("行政复议", 0, "2").cell("行政许可", 0, "-1");
		Path file = write(f);
		Run run = run("check", file.toString());
		assertEquals(1, run.exit());
		assertEquals(List.of(
				file + ":" + f.line("行政许可") + ":" + f.column("行政许可", 0)
						+ ": error: 行政许可·本年处理决定数量 应为不小于 0 的整数，实际为 -1 [R5]",
				file + ":" + f.line("行政复议") + ":" + f.column("行政复议", 4)
						+ ": error: 行政复议·总计 应为 2（结果维持 2），实际为 1 [R4]",
				"检查了 1 个文件：2 个错误，0 个警告"), run.lines());
	}

	@Test
	void warningsPassUnlessStrict() throws IOException {
		Path file = write(Fixture.consistent().replace("本机关本年度未收取信息处理费。", "无。"));
		assertEquals(0, run("check", file.toString()).exit());
		Run strict = run("check", "--strict", file.toString());
		assertEquals(1, strict.exit());
		assertTrue(strict.out().contains("warning:") && strict.out().contains("[W4]"), strict.out());
	}

	@Test
	void jsonHasEveryField() throws IOException {
		Fixture f = Fixture.consistent().cell("行政复议", 0, "2");
		Path file = write(f);
		Run run = run("check", "--format", "json", file.toString());
		assertEquals(1, run.exit());
		JsonArray findings = JsonParser.parseString(run.out()).getAsJsonArray();
		assertEquals(1, findings.size());
		JsonObject finding = findings.get(0).getAsJsonObject();
		assertEquals(file.toString(), finding.get("path").getAsString());
		assertEquals(f.line("行政复议"), finding.get("line").getAsInt());
		assertEquals(f.column("行政复议", 4), finding.get("column").getAsInt());
		assertEquals(f.line("行政复议"), finding.get("endLine").getAsInt());
		assertEquals(f.column("行政复议", 4) + 1, finding.get("endColumn").getAsInt());
		assertEquals("error", finding.get("severity").getAsString());
		assertEquals("R4", finding.get("code").getAsString());
		assertEquals("行政复议·总计 应为 2（结果维持 2），实际为 1", finding.get("message").getAsString());
	}

	@Test
	void unreadableFileSaysWhichAndWhyAndExitsTwo() throws IOException {
		write(Fixture.consistent());
		Path gbk = dir.resolve("gbk.govreport");
		Files.write(gbk, "报告 \"镇\" 年度 2025".getBytes("GBK"));
		Run run = run("check", dir.toString());
		assertEquals(2, run.exit());
		assertTrue(run.err().contains(gbk + ": error: 不是 UTF-8 编码的文本"), run.err());
		assertTrue(run.out().contains("检查了 3 个文件：0 个错误，0 个警告，1 个文件无法读取"), run.out());
	}

	@Test
	void missingPathIsAUsageError() {
		Run run = run("check", dir.resolve("nothing.govreport").toString());
		assertEquals(2, run.exit());
		assertTrue(run.err().contains("nothing.govreport: error: 文件不存在"), run.err());
	}

	@Test
	void wrongOptionIsAUsageError() {
		assertEquals(2, run("check", "--format", "xml", "x.govreport").exit());
	}
}
