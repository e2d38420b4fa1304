package org.govreport.dsl.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.govreport.dsl.imports.ImportNote;
import org.govreport.dsl.imports.ReportImport;
import org.govreport.dsl.service.CheckService;
import org.govreport.dsl.service.FileFailure;
import org.govreport.dsl.service.Finding;
import org.govreport.dsl.service.ImportService;
import org.govreport.dsl.service.ReportLoader;

import com.google.inject.Inject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code govreport import}: turns published reports into .govreport files, lists every cell it could
 * not take over exactly, then checks the result so that the published report's own errors show at once.
 */
@Command(name = "import", description = {
		"把已发布的年度报告（网页文本、HTML、Word .docx、pdftotext 文本、JSON）导入为 .govreport 文件，并立即检查。",
		"Imports published reports (web text, HTML, DOCX, pdftotext output, JSON) as .govreport files, then checks them." })
final class ImportCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Inject
	private ImportService imports;

	@Inject
	private ReportLoader loader;

	@Inject
	private CheckService checks;

	@Option(names = { "-o", "--output" }, paramLabel = "DIR|FILE",
			description = "输出文件夹，或（只导入一个文件时）输出文件；默认写在原文件旁边")
	private Path output;

	@Option(names = "--force", description = "覆盖已存在的 .govreport 文件")
	private boolean force;

	@Parameters(arity = "1..*", paramLabel = "INPUT", description = "已发布的报告文件")
	private List<Path> inputs;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		if (output != null && ImportService.namesAFile(output) && inputs.size() > 1) {
			err.println(output + ": error: 导入多个文件时 -o 应为文件夹");
			return ExitCodes.USAGE;
		}
		boolean failed = false;
		int imported = 0;
		int gaps = 0;
		int errors = 0;
		for (Path input : inputs) {
			try {
				Imported one = importOne(input, out);
				imported++;
				gaps += one.gaps();
				errors += one.errors();
			} catch (FileFailure e) {
				// Say which file and why, and go on with the others.
				err.println(e.describe());
				failed = true;
			}
		}
		out.println("导入了 " + imported + " 个文件" + (failed ? "（" + (inputs.size() - imported) + " 个文件未导入）" : "") + "："
				+ gaps + " 个单元格无法读取（已写为 ?），检查发现 " + errors + " 个错误");
		if (failed) {
			return ExitCodes.USAGE;
		}
		return gaps > 0 || errors > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
	}

	/** What one import left to do: cells written ? and errors the check found. */
	private record Imported(int gaps, int errors) {
	}

	/** @throws FileFailure when the input cannot be imported or its target cannot be written */
	private Imported importOne(Path input, PrintWriter out) {
		ReportImport.Result imported = imports.importFile(input);
		Path target = imports.target(input, output);
		imports.write(target, imported, force);
		out.println(input + " → " + target + "（" + imported.report().organ() + " " + imported.report().year()
				+ " 年，格式 " + imported.report().form().format() + "）");
		for (ImportNote note : imported.notes()) {
			out.println(input + ": " + note.describe());
		}
		List<Finding> findings = checks.check(target, loader.parse(target, imported.text()));
		findings.forEach(f -> out.println(f.toLine()));
		return new Imported((int) imported.notes().stream().filter(ImportNote::isGap).count(),
				(int) findings.stream().filter(Finding::isError).count());
	}
}
