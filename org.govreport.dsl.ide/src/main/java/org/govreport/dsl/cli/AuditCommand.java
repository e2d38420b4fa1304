package org.govreport.dsl.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.govreport.dsl.service.AuditLine;
import org.govreport.dsl.service.AuditService;
import org.govreport.dsl.service.AuditTable;

import com.google.inject.Inject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code govreport audit}: the supervising office's view of a folder of published reports — each is
 * imported in memory and checked, one line per report (organ, year, errors and warnings by rule), totals
 * at the end.
 */
@Command(name = "audit", description = { "批量检查已发布的报告（导入后检查，不写文件）：每份报告一行，最后是合计。",
		"Imports (in memory) and checks published reports: one line per report, then totals." })
final class AuditCommand implements Callable<Integer> {

	enum OutputFormat {
		text, json, csv
	}

	@Spec
	private CommandSpec spec;

	@Inject
	private AuditService audits;

	@Option(names = "--format", defaultValue = "text", description = "输出格式 output format: ${COMPLETION-CANDIDATES}")
	private OutputFormat format;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "报告文件或文件夹（.txt .html .docx .json .govreport）")
	private List<Path> paths;

	@Override
	public Integer call() {
		// Reports are audited on all cores; the ordered results keep the lines in the files' order.
		List<AuditLine> lines = audits.files(paths).parallelStream().map(audits::audit).toList();
		PrintWriter out = spec.commandLine().getOut();
		AuditTable table = new AuditTable(lines);
		switch (format) {
		case json -> table.json(out);
		case csv -> table.csv(out);
		case text -> table.text(out);
		}
		if (lines.isEmpty()) {
			spec.commandLine().getErr().println("没有找到可审核的报告（读取 .txt .html .docx .json .govreport；PDF 请先用 pdftotext 转为文本）");
			return ExitCodes.USAGE;
		}
		if (lines.stream().anyMatch(l -> l.failure() != null)) {
			return ExitCodes.USAGE;
		}
		return lines.stream().anyMatch(AuditLine::needsAttention) ? ExitCodes.FINDINGS : ExitCodes.OK;
	}
}
