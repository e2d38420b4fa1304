package org.govreport.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.govreport.dsl.form.Forms;
import org.govreport.dsl.govReport.Report;
import org.govreport.dsl.imports.CanonicalCells;
import org.govreport.dsl.imports.ReportImport;
import org.govreport.dsl.GovReportStandaloneSetup;
import org.govreport.dsl.report.ReportViews;
import org.govreport.dsl.service.ImportService;
import org.govreport.dsl.service.ReportLoader;

import com.google.inject.Injector;

import com.google.gson.JsonParser;

/**
 * Warm import time per report and the cells each layout gets right, over the import fixtures of the
 * tests (fixtures.tsv): a cell is exact when it holds the published number, unknown when the importer
 * wrote ? (refused to guess), wrong otherwise — wrong must stay 0.
 *
 * <p>
 * Run: {@code bench/run-import.sh} (or give the fixtures folder as the first argument).
 */
public final class ImportBench {

	private static final int WARM_UP = 30;
	private static final int RUNS = 50;

	public static void main(String[] args) throws IOException {
		Injector injector = new GovReportStandaloneSetup().createInjectorAndDoEMFRegistration();
		ImportService imports = injector.getInstance(ImportService.class);
		ReportLoader loader = injector.getInstance(ReportLoader.class);
		ReportViews views = injector.getInstance(ReportViews.class);
		Forms forms = injector.getInstance(Forms.class);
		Path folder = Path.of(args.length > 0 ? args[0] : "org.govreport.dsl.tests/src/test/resources/imports");
		List<String[]> fixtures = Files.readAllLines(folder.resolve("fixtures.tsv"), StandardCharsets.UTF_8).stream()
				.filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")).toList();
		System.out.printf("%-22s %9s %9s %7s %5s  %s%n", "fixture", "warm ms", "exact", "unknown", "wrong", "layout");
		int exactAll = 0, totalAll = 0, wrongAll = 0;
		double slowest = 0;
		for (String[] f : fixtures) {
			Path file = folder.resolve(f[0]);
			byte[] bytes = Files.readAllBytes(file);
			Path target = ReportImport.target(file);
			ReportImport.Result result = null;
			for (int i = 0; i < WARM_UP; i++) {
				result = imports.importBytes(f[0], bytes, target);
			}
			long[] times = new long[RUNS];
			for (int i = 0; i < RUNS; i++) {
				long start = System.nanoTime();
				imports.importBytes(f[0], bytes, target);
				times[i] = System.nanoTime() - start;
			}
			Arrays.sort(times);
			double median = times[RUNS / 2] / 1e6;
			slowest = Math.max(slowest, median);
			String json = Files.readString(folder.resolve(f[1]), StandardCharsets.UTF_8);
			String format = JsonParser.parseString(json).getAsJsonObject().get("format").getAsString();
			Map<String, BigDecimal> expected = CanonicalCells.of(json, forms.form(format).orElseThrow());
			Report report = (Report) loader.parse(target, result.text()).getContents().get(0);
			Map<String, BigDecimal> actual = CanonicalCells.of(views.resolved(report));
			int exact = 0, unknown = 0, wrong = 0;
			for (var e : expected.entrySet()) {
				BigDecimal got = actual.get(e.getKey());
				if (got == null) {
					unknown++;
				} else if (got.compareTo(e.getValue()) == 0) {
					exact++;
				} else {
					wrong++;
				}
			}
			exactAll += exact;
			totalAll += expected.size();
			wrongAll += wrong;
			System.out.printf("%-22s %9.2f %4d/%-4d %7d %5d  %s%n", f[0], median, exact, expected.size(), unknown, wrong, f[2]);
		}
		System.out.printf("all fixtures: %d/%d cells exact (%.1f%%), %d wrong; slowest warm import %.2f ms (median of %d after %d warm-up runs)%n",
				exactAll, totalAll, 100.0 * exactAll / totalAll, wrongAll, slowest, RUNS, WARM_UP);
	}
}
