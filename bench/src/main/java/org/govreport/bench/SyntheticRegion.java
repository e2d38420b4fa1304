package org.govreport.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.govreport.dsl.GovReportStandaloneSetup;
import org.govreport.dsl.export.ExportFormat;
import org.govreport.dsl.export.ReportDocument;
import org.govreport.dsl.form.Forms;
import org.govreport.dsl.govReport.Report;
import org.govreport.dsl.report.ReportViews;
import org.govreport.dsl.service.ReportLoader;

import com.google.inject.Injector;

/**
 * Writes a generated region of published reports for the audit benchmark: {@code COUNT} reports of
 * COUNT / YEARS organs over YEARS years (2025 back), each the text or HTML export (in turn) of a
 * {@link SyntheticReports} report under the organ's name, with prose of its own drawn at random, into
 * {@code DIR/YEAR/NNN/}. Tables are random per report, so most pairs of years differ in 上年结转 (R6): the
 * pairing has work to do.
 *
 * <pre>SyntheticRegion DIR COUNT [YEARS]</pre>
 */
public final class SyntheticRegion {

	private static final Pattern PROSE = Pattern.compile("「[^」]*」");
	private static final String WORDS = "政务公开工作推进落实制度建设平台网站栏目内容更新解读回应培训监督考核机制规范办理答复质量效率群众企业服务便民"
			+ "信息发布管理水平提升完善加强深化优化健全统筹协调部门单位职责任务目标要求标准流程环节重点领域基层";

	private SyntheticRegion() {
	}

	public static void main(String[] args) {
		Path dir = Path.of(args[0]);
		int count = Integer.parseInt(args[1]);
		int years = args.length > 2 ? Integer.parseInt(args[2]) : 3;
		Injector injector = new GovReportStandaloneSetup().createInjectorAndDoEMFRegistration();
		ReportLoader loader = injector.getInstance(ReportLoader.class);
		ReportViews views = injector.getInstance(ReportViews.class);
		SyntheticReports reports = new SyntheticReports(injector.getInstance(Forms.class).defaultForm());
		long start = System.nanoTime();
		IntStream.range(0, count).parallel().forEach(n -> {
			int organ = n / years;
			int year = 2025 - n % years;
			String text = region(reports.report(n), organ, year, new Random(n));
			ExportFormat format = n % 2 == 0 ? ExportFormat.TEXT : ExportFormat.HTML;
			Report report = (Report) loader.parse(Path.of("r" + n + ".govreport"), text).getContents().get(0);
			Path file = dir.resolve(year + "/" + (organ / 1000) + "/" + organ + "." + format.extension());
			try {
				Files.createDirectories(file.getParent());
				Files.write(file, format.exporter(false).export(ReportDocument.of(views.resolved(report))));
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
		System.out.printf("wrote %d reports (%d organs × %d years) into %s in %.1f s%n", count, (count + years - 1) / years,
				years, dir, (System.nanoTime() - start) / 1e9);
	}

	/** A synthetic report as organ {@code organ}'s of {@code year}, with prose of its own. */
	private static String region(String text, int organ, int year, Random random) {
		String name = "测试省第" + organ + (organ % 3 == 0 ? "号局" : "号镇人民政府");
		String head = text.replaceFirst("报告 \"[^\"]*\" 年度 2025", "报告 \"" + name + "\" 年度 " + year)
				.replaceFirst("发布日期 2026-", "发布日期 " + (year + 1) + "-");
		Matcher m = PROSE.matcher(head);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(out, "「" + prose(random) + "」");
		}
		return m.appendTail(out).toString();
	}

	private static String prose(Random random) {
		StringBuilder out = new StringBuilder();
		for (int s = 0; s < 4; s++) {
			for (int c = 0; c < 20 + random.nextInt(30); c++) {
				out.append(WORDS.charAt(random.nextInt(WORDS.length())));
			}
			out.append("。");
		}
		return out.toString();
	}
}
