package org.govreport.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;

import org.govreport.dsl.GovReportStandaloneSetup;
import org.govreport.dsl.form.Forms;
import org.govreport.dsl.report.ReportViews;
import org.govreport.dsl.service.ReportLoader;

import com.google.inject.Injector;
import org.govreport.dsl.export.ExportFormat;
import org.govreport.dsl.export.ReportDocument;
import org.govreport.dsl.govReport.Report;

/**
 * Prints the time to export generated reports to every format in one JVM, one thread: parsing and the
 * shared document model are timed apart, then each format over all reports after a warm-up pass.
 * Targets (issue 4): ≥ 200 reports/s for HTML+JSON+Markdown+text together, ≥ 50 reports/s for DOCX.
 *
 * <pre>bench/export-bench.sh [REPORTS]   (default 1000)</pre>
 */
public final class ExportBenchmark {

	public static void main(String[] args) {
		int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
		Injector injector = new GovReportStandaloneSetup().createInjectorAndDoEMFRegistration();
		ReportLoader loader = injector.getInstance(ReportLoader.class);
		ReportViews views = injector.getInstance(ReportViews.class);
		SyntheticReports generator = new SyntheticReports(injector.getInstance(Forms.class).defaultForm());

		long start = System.nanoTime();
		List<Report> reports = new ArrayList<>();
		for (int n = 0; n < count; n++) {
			reports.add((Report) loader.parse(Path.of("bench-" + n + ".govreport"), generator.report(n))
					.getContents().get(0));
		}
		long parsed = System.nanoTime();
		List<ReportDocument> documents = reports.stream().map(r -> ReportDocument.of(views.resolved(r))).toList();
		long modelled = System.nanoTime();
		System.out.printf("%d generated reports: parse %.2f s, document model %.2f s%n", count, seconds(start, parsed),
				seconds(parsed, modelled));

		Map<ExportFormat, Double> times = new EnumMap<>(ExportFormat.class);
		for (ExportFormat format : ExportFormat.values()) {
			var exporter = format.exporter(false);
			long bytes = 0;
			for (ReportDocument document : documents.subList(0, Math.min(100, count))) {
				bytes += exporter.export(document).length; // warm-up
			}
			long t0 = System.nanoTime();
			for (ReportDocument document : documents) {
				bytes += exporter.export(document).length;
			}
			double s = seconds(t0, System.nanoTime());
			times.put(format, s);
			System.out.printf("%-8s %6.2f s  %7.0f reports/s  (%d KB written)%n", format.extension(), s, count / s,
					bytes / 1024);
		}
		double text = times.get(ExportFormat.HTML) + times.get(ExportFormat.JSON) + times.get(ExportFormat.MARKDOWN)
				+ times.get(ExportFormat.TEXT);
		System.out.printf("html+json+md+txt together: %.2f s, %.0f reports/s (target ≥ 200)%n", text, count / text);
		System.out.printf("docx: %.0f reports/s on one thread (target ≥ 50 on 2 cores)%n",
				count / times.get(ExportFormat.DOCX));
		for (ExportFormat format : List.of(ExportFormat.DOCX, ExportFormat.HTML)) {
			double s = inParallel(documents, format, 2);
			System.out.printf("%-8s %6.2f s  %7.0f reports/s with 2 threads%n", format.extension(), s, count / s);
		}
	}

	/** Exports every document on {@code threads} threads, as a folder export on a 2-core office machine could. */
	private static double inParallel(List<ReportDocument> documents, ExportFormat format, int threads) {
		ForkJoinPool pool = new ForkJoinPool(threads);
		try {
			long t0 = System.nanoTime();
			pool.submit(() -> documents.parallelStream().forEach(d -> format.exporter(false).export(d))).join();
			return seconds(t0, System.nanoTime());
		} finally {
			pool.shutdown();
		}
	}

	private static double seconds(long from, long to) {
		return (to - from) / 1e9;
	}
}
