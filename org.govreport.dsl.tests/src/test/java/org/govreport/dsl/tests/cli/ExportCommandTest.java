package org.govreport.dsl.tests.cli;

import org.govreport.dsl.tests.ExportTesting;
import org.govreport.dsl.tests.ReportTesting;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.govreport.dsl.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code govreport export} end to end: files and folders in, named outputs out, reports with errors refused. */
class ExportCommandTest {

	@TempDir
	Path dir;

	private String out;

	private int run(String... args) {
		StringWriter text = new StringWriter();
		int code = Main.run(args, new PrintWriter(text, true), new PrintWriter(text, true));
		out = text.toString();
		return code;
	}

	private Path copy(String fixture, Path to) throws IOException {
		Files.createDirectories(to.getParent());
		return Files.copy(ExportTesting.fixture(fixture), to);
	}

	@Test
	void exportsEveryFormatBesideTheReportAndSaysSo() throws IOException {
		Path report = copy("东风镇.govreport", dir.resolve("东风镇.govreport"));
		byte[] before = Files.readAllBytes(report);
		assertEquals(0, run("export", "--to", "html,docx,md,json,txt", report.toString()), out);
		for (String extension : List.of("html", "docx", "md", "json", "txt")) {
			Path written = dir.resolve("东风镇." + extension);
			assertTrue(Files.size(written) > 0, extension);
			assertTrue(out.contains("已写入 " + written), out);
		}
		assertArrayEquals(before, Files.readAllBytes(report), "the source is never touched");
		try (Stream<Path> files = Files.list(dir)) {
			assertEquals(6, files.count(), "no temporary file left behind");
		}
	}

	@Test
	void folderIntoOutputDirectoryKeepsSubfolders() throws IOException {
		copy("东风镇.govreport", dir.resolve("in/a/东风镇.govreport"));
		copy("东风镇.govreport", dir.resolve("in/b/东风镇.govreport"));
		assertEquals(0, run("export", "--to", "json", "-o", dir.resolve("out").toString(), dir.resolve("in").toString()));
		assertTrue(Files.exists(dir.resolve("out/a/东风镇.json")));
		assertTrue(Files.exists(dir.resolve("out/b/东风镇.json")));
	}

	@Test
	void fragmentWritesOnlyTheBody() throws IOException {
		Path report = copy("东风镇.govreport", dir.resolve("r.govreport"));
		assertEquals(0, run("export", "--fragment", report.toString()));
		assertTrue(Files.readString(dir.resolve("r.html"), StandardCharsets.UTF_8).startsWith("<article"));
	}

	@Test
	void reportWithErrorsIsRefusedUnlessForced() throws IOException {
		Path report = dir.resolve("坏.govreport");
		Files.writeString(report, ReportTesting.read(ExportTesting.fixture("东风镇.govreport"))
				.replace("行政许可                 170", "行政许可                 17x0"), StandardCharsets.UTF_8);
		assertEquals(1, run("export", "--to", "html", report.toString()), out);
		assertTrue(out.contains("error:") && out.contains("[P1]"), out);
		assertTrue(out.contains("未导出"), out);
		assertFalse(Files.exists(dir.resolve("坏.html")));
		assertEquals(0, run("export", "--force", "--to", "html", report.toString()), out);
		assertTrue(out.contains("[P1]"), "the errors are still listed: " + out);
		assertTrue(Files.exists(dir.resolve("坏.html")));
	}

	@Test
	void unknownFormatIsAUsageErrorInChinese() {
		assertEquals(2, run("export", "--to", "pdf", "x.govreport"));
		assertTrue(out.contains("未知的导出格式 “pdf”"), out);
	}
}
