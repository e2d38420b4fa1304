package org.govreport.dsl.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.govreport.dsl.region.RegionFileException;
import org.govreport.dsl.region.RegionRules;
import org.govreport.dsl.service.AuditService;
import org.govreport.dsl.service.AuditTable;
import org.govreport.dsl.service.RegionAudit;
import org.govreport.dsl.service.RegionAuditService;
import org.govreport.dsl.service.RegionRulesFiles;

import com.google.inject.Inject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code govreport audit}: the supervising office's view of a region's published reports over years — each
 * imported in memory and checked, each organ's years paired (carry-over, copied text), the roster, deadlines
 * and near-identical reports of different organs; one line per report, the findings across reports, totals.
 */
@Command(name = "audit", description = { "批量审核一个地区多年的已发布报告（导入后检查，不写文件）：逐份检查，按机关配对上下年度（结转、雷同），"
		+ "对照名册查缺报，检查发布时限，查找不同机关几乎相同的报告。",
		"Audits a region's published reports over years: each checked, each organ's years paired, the roster, deadlines, similar reports." })
final class AuditCommand implements Callable<Integer> {

	enum OutputFormat {
		text, json, csv, findings
	}

	@Spec
	private CommandSpec spec;

	@Inject
	private AuditService audits;

	@Inject
	private RegionAuditService regionAudits;

	@Inject
	private RegionRulesFiles rulesFiles;

	@Option(names = "--format", defaultValue = "text", description = "输出格式 output format: ${COMPLETION-CANDIDATES}（findings：与 check --format json 相同的问题清单）")
	private OutputFormat format;

	@Option(names = "--roster", paramLabel = "FILE", description = "应报机关名册 CSV：机关,层级,上级机关")
	private Path roster;

	@Option(names = "--names", paramLabel = "FILE", description = "机关更名对应 CSV：旧名称,新名称")
	private Path names;

	@Option(names = "--deadlines", paramLabel = "FILE", description = "发布时限 CSV：适用范围,截止日期（默认次年 01-31）")
	private Path deadlines;

	@Option(names = "--copied", paramLabel = "PERCENT", defaultValue = "50", description = "正文与上年相同达此比例即提示（默认 ${DEFAULT-VALUE}）")
	private int copiedPercent;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "报告文件或文件夹（.txt .html .docx .json .govreport）")
	private List<Path> paths;

	@Override
	public Integer call() {
		PrintWriter err = spec.commandLine().getErr();
		if (copiedPercent < 1 || copiedPercent > 100) {
			err.println("govreport audit: error: --copied 应为 1 到 100 之间的百分数");
			return ExitCodes.USAGE;
		}
		RegionRules rules;
		try {
			rules = rulesFiles.read(roster, names, deadlines, copiedPercent / 100.0);
		} catch (RegionFileException e) {
			err.println(e.describe());
			return ExitCodes.USAGE;
		}
		List<Path> files = audits.files(paths);
		if (files.isEmpty()) {
			err.println("没有找到可审核的报告（读取 .txt .html .docx .json .govreport；PDF 请先用 pdftotext 转为文本）");
			return ExitCodes.USAGE;
		}
		ProgressBar bar = ProgressBar.onTerminal(err);
		try (RegionAudit audit = regionAudits.audit(files, rules, bar::done)) {
			bar.finish();
			PrintWriter out = spec.commandLine().getOut();
			AuditTable table = new AuditTable(audit);
			switch (format) {
			case json -> table.json(out);
			case csv -> table.csv(out);
			case findings -> table.findings(out);
			case text -> table.text(out);
			}
			out.flush();
			if (audit.anyFailure()) {
				return ExitCodes.USAGE;
			}
			return audit.needsAttention() ? ExitCodes.FINDINGS : ExitCodes.OK;
		}
	}
}
