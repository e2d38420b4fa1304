package org.govreport.dsl.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.govreport.dsl.tests.CliRun;
import org.govreport.dsl.tests.ExportTesting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Careless or hostile input to every command (issue 20): a failure on one file is said for that file, in
 * Chinese, with a code, the other files are still done, and the exit code is the README's.
 */
class BadInputTest {

	private static final byte[] NOT_UTF8 = { (byte) 0xB1, (byte) 0xA8, (byte) 0xB8, (byte) 0xE6 };

	@TempDir
	Path dir;

	private Path report(String name) throws IOException {
		Path file = dir.resolve(name);
		Files.createDirectories(file.getParent());
		Files.copy(ExportTesting.fixture("东风镇.govreport"), file);
		return file;
	}

	private static void assertNoStackTrace(CliRun run) {
		assertFalse((run.out() + run.err()).contains("\tat "), run.out() + run.err());
		assertFalse((run.out() + run.err()).contains("Exception"), run.out() + run.err());
	}

	// defect 2
	@ParameterizedTest
	@ValueSource(strings = { "r.txt", "R.GOVREPORT", "report" })
	void aNamedFileIsReadWhateverItsExtension(String name) throws IOException {
		Path file = report(name);
		for (String[] args : new String[][] { { "check" }, { "check", "--format", "json" }, { "fmt" },
				{ "fmt", "--check" }, { "export", "--to", "json" } }) {
			String[] full = java.util.Arrays.copyOf(args, args.length + 1);
			full[args.length] = file.toString();
			CliRun run = CliRun.of(full);
			assertEquals(0, run.exitCode(), String.join(" ", full) + "\n" + run.out() + run.err());
			assertNoStackTrace(run);
		}
	}

	// defect 3
	@Test
	void anOutputFolderThatCannotBeWrittenIsExitTwoWithAMessage() throws IOException {
		Path file = report("a.govreport");
		Path notAFolder = Files.writeString(dir.resolve("out"), "a file, not a folder");
		CliRun run = CliRun.of("export", "--to", "json", "-o", notAFolder.resolve("sub").toString(), file.toString());
		assertEquals(2, run.exitCode(), run.out() + run.err());
		assertTrue(run.err().contains("a.json: error: 无法写入：文件系统拒绝了操作：路径中有一段不是文件夹 [F4]"), run.err());
		assertNoStackTrace(run);

		Path input = Files.writeString(dir.resolve("published.txt"), Files.readString(file));
		CliRun imported = CliRun.of("import", "-o", notAFolder.resolve("sub").toString(), input.toString());
		assertEquals(2, imported.exitCode(), imported.out() + imported.err());
		assertTrue(imported.err().contains("[F4]"), imported.err());
		assertNoStackTrace(imported);
	}

	// defect 4
	@Test
	void fmtAndExportGoOnPastAFileThatIsNotUtf8() throws IOException {
		Files.write(dir.resolve("a-gbk.govreport"), NOT_UTF8);
		Path messy = dir.resolve("b-messy.govreport");
		Files.writeString(messy, "报告 \"某镇\"   年度 2025\n一、总体情况 「正文」\n");
		report("c-good.govreport");

		CliRun check = CliRun.of("fmt", "--check", dir.toString());
		assertEquals(2, check.exitCode(), check.out() + check.err());
		assertTrue(check.err().contains("a-gbk.govreport: error: 不是 UTF-8") && check.err().contains("[F2]"), check.err());
		assertTrue(check.out().contains("b-messy.govreport: 格式不规范"), check.out());

		CliRun fmt = CliRun.of("fmt", dir.toString());
		assertEquals(2, fmt.exitCode());
		assertTrue(fmt.out().contains("b-messy.govreport: 已整理格式"), fmt.out());

		CliRun export = CliRun.of("export", "--to", "json", dir.toString());
		assertEquals(2, export.exitCode(), export.out() + export.err());
		assertTrue(Files.exists(dir.resolve("c-good.json")), export.out() + export.err());
	}

	// defect 9
	@Test
	void twoReportsOfOneNameAreNotExportedOverEachOther() throws IOException {
		Path first = report("x/r.govreport");
		Path second = report("y/r.govreport");
		Files.writeString(second, Files.readString(second).replace("东风镇", "西风镇"));
		Path out = dir.resolve("out");
		CliRun run = CliRun.of("export", "--to", "json", "-o", out.toString(), first.toString(), second.toString());
		assertEquals(2, run.exitCode(), run.out() + run.err());
		assertTrue(run.err().contains("y/r.govreport: error:") && run.err().contains("已由"), run.err());
		assertFalse(Files.readString(out.resolve("r.json")).contains("西风镇"), "the first export was overwritten");
	}

	// defect 10
	@Test
	void importSaysHowManyFilesItReallyImported() throws IOException {
		Path good = Files.writeString(dir.resolve("good.txt"), Files.readString(report("src.govreport")));
		Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
		CliRun run = CliRun.of("import", "-o", dir.resolve("out").toString(), good.toString(), empty.toString());
		assertEquals(2, run.exitCode(), run.out() + run.err());
		assertTrue(run.out().contains("导入了 1 个文件（1 个文件未导入）"), run.out());
		assertTrue(Files.exists(dir.resolve("out/good.govreport")));
		assertFalse(Files.exists(dir.resolve("out/empty.govreport")));
	}

	// defect 11
	@ParameterizedTest
	@ValueSource(strings = { "empty", "nul", "elf" })
	void importRefusesWhatIsNoText(String kind) throws IOException {
		byte[] bytes = switch (kind) {
		case "empty" -> new byte[0];
		case "nul" -> new byte[4096];
		default -> elf();
		};
		Path input = Files.write(dir.resolve(kind + ".html"), bytes);
		CliRun run = CliRun.of("import", input.toString());
		assertEquals(2, run.exitCode(), run.out() + run.err());
		assertTrue(run.err().contains("[F5]"), run.err());
		assertFalse(Files.exists(dir.resolve(kind + ".govreport")));
	}

	/** The start of an executable: the ELF header, then machine code. */
	private static byte[] elf() {
		byte[] bytes = new byte[8192];
		new java.util.Random(20).nextBytes(bytes);
		byte[] header = { 0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0 };
		System.arraycopy(header, 0, bytes, 0, header.length);
		return bytes;
	}

	// defect 12
	@Test
	void auditOfAFolderOfPdfsSaysWhatToDoAndExitsTwo() throws IOException {
		Files.writeString(dir.resolve("a.pdf"), "%PDF-1.7\n");
		Files.writeString(dir.resolve("b.doc"), "not a docx");
		CliRun run = CliRun.of("audit", dir.toString());
		assertEquals(2, run.exitCode(), run.out() + run.err());
		assertTrue(run.out().contains("pdftotext") && run.out().contains(".docx"), run.out());
	}

	@Test
	void auditOfAFolderWithNothingToReadExitsTwo() throws IOException {
		Files.writeString(dir.resolve("notes.md"), "# 无");
		CliRun run = CliRun.of("audit", dir.toString());
		assertEquals(2, run.exitCode(), run.out() + run.err());
		assertTrue(run.err().contains("没有找到可审核的报告"), run.err());
	}

	// defect 15
	@Test
	void anEndlessInputIsRefusedAsTooLarge() {
		Path zero = Path.of("/dev/zero");
		org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(zero));
		CliRun run = CliRun.of("check", zero.toString());
		assertEquals(2, run.exitCode(), run.out() + run.err());
		assertTrue(run.err().contains("文件过大") && run.err().contains("[F3]"), run.err());
		assertNoStackTrace(run);
	}

	@Test
	void checkGoesOnPastAFileThatIsNotUtf8() throws IOException {
		Files.write(dir.resolve("a.govreport"), NOT_UTF8);
		report("b.govreport");
		CliRun run = CliRun.of("check", dir.toString());
		assertEquals(2, run.exitCode());
		assertTrue(run.err().contains("[F2]"), run.err());
		assertTrue(run.out().contains("检查了 2 个文件"), run.out());
	}

	@Test
	void aMissingFileNamedFirstDoesNotStopTheOthers() throws IOException {
		Path good = report("good.govreport");
		for (String command : new String[] { "check", "fmt", "export" }) {
			CliRun run = CliRun.of(command, dir.resolve("missing.govreport").toString(), good.toString());
			assertEquals(2, run.exitCode(), command + ": " + run.out() + run.err());
			assertTrue(run.err().contains("missing.govreport: error: 文件不存在 [F1]"), command + ": " + run.err());
		}
		assertTrue(Files.exists(dir.resolve("good.html")), "export went on with the other file");
		CliRun check = CliRun.of("check", dir.resolve("missing.govreport").toString(), good.toString());
		assertTrue(check.out().contains("检查了 2 个文件"), check.out());
	}
}
