package org.govreport.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govreport.dsl.GovReportStandaloneSetup;
import org.govreport.dsl.report.ReportViews;
import org.govreport.dsl.service.ImportService;
import org.govreport.dsl.service.ReportLoader;
import org.govreport.dsl.form.Forms;
import org.govreport.dsl.govReport.Report;
import org.govreport.dsl.imports.CanonicalCells;
import org.govreport.dsl.imports.ReportImport;

import com.google.gson.JsonParser;
import com.google.inject.Injector;

/**
 * Warm import time per report and the cells each layout gets right, over the import fixtures of the
 * tests (fixtures.tsv): a cell is exact when it holds the published number, unknown when the importer
 * wrote ? (refused to guess), wrong otherwise — wrong must stay 0. Printed per fixture, then per layout
 * class (the fixture list's last column).
 *
 * <p>
 * Run: {@code bench/run-import.sh} (or give the fixtures folder as the first argument).
 */
public final class ImportBench {

	private static final int WARM_UP = 30;
	private static final int RUNS = 50;

	/** What one fixture or one class of layouts gives. */
	private static final class Tally {
		int exact, unknown, wrong, total, reports;
		double millis;

		void add(Tally other) {
			exact += other.exact;
			unknown += other.unknown;
			wrong += other.wrong;
			total += other.total;
			reports += other.reports;
			millis += other.millis;
		}

		String cells() {
			return String.format("%4d/%-4d %6.1f%% %7d %5d", exact, total, 100.0 * exact / total, unknown, wrong);
		}
	}

	private static ImportService imports;
	private static ReportLoader loader;
	private static ReportViews views;
	private static Forms forms;

	public static void main(String[] args) throws IOException {
		Injector injector = new GovReportStandaloneSetup().createInjectorAndDoEMFRegistration();
		imports = injector.getInstance(ImportService.class);
		loader = injector.getInstance(ReportLoader.class);
		views = injector.getInstance(ReportViews.class);
		forms = injector.getInstance(Forms.class);
		Path folder = Path.of(args.length > 0 ? args[0] : "org.govreport.dsl.tests/src/test/resources/imports");
		List<String[]> fixtures = Files.readAllLines(folder.resolve("fixtures.tsv"), StandardCharsets.UTF_8).stream()
				.filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")).toList();
		warmUp(folder, fixtures);
		System.out.printf("%-28s %8s %17s %7s %5s  %s%n", "fixture", "warm ms", "exact", "unknown", "wrong", "layout class");
		Map<String, Tally> classes = new LinkedHashMap<>();
		Tally all = new Tally();
		for (String[] f : fixtures) {
			Tally tally = measure(folder, f[0], f[1]);
			String layoutClass = f.length > 4 ? f[4] : "-";
			classes.computeIfAbsent(layoutClass, c -> new Tally()).add(tally);
			all.add(tally);
			System.out.printf("%-28s %8.2f %s  %s%n", f[0], tally.millis, tally.cells(), layoutClass);
		}
		System.out.printf("%n%-28s %8s %17s %7s %5s  %s%n", "layout class", "warm ms", "exact", "unknown", "wrong", "reports");
		classes.forEach((name, tally) -> System.out.printf("%-28s %8.2f %s  %d%n", name, tally.millis / tally.reports, tally.cells(), tally.reports));
		System.out.printf("%-28s %8.2f %s  %d%n", "all", all.millis / all.reports, all.cells(), all.reports);
		System.out.printf("(warm ms: median of %d imports, after %d warm-up rounds over every fixture; averaged over the class's reports)%n", RUNS, WARM_UP);
	}

	/**
	 * Every fixture, round after round, before any is timed: a process that imports many reports has met every
	 * layout's code (HTML, DOCX, …) long before; timing the first fixture cold would time the JIT.
	 */
	private static void warmUp(Path folder, List<String[]> fixtures) throws IOException {
		for (int round = 0; round < WARM_UP; round++) {
			for (String[] f : fixtures) {
				Path path = folder.resolve(f[0]);
				imports.importBytes(path.getFileName().toString(), Files.readAllBytes(path), ReportImport.target(path));
			}
		}
	}

	private static Tally measure(Path folder, String file, String expectedFile) throws IOException {
		Path path = folder.resolve(file);
		byte[] bytes = Files.readAllBytes(path);
		Path target = ReportImport.target(path);
		String name = path.getFileName().toString();
		ReportImport.Result result = imports.importBytes(name, bytes, target);
		long[] times = new long[RUNS];
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			imports.importBytes(name, bytes, target);
			times[i] = System.nanoTime() - start;
		}
		Arrays.sort(times);
		Tally tally = new Tally();
		tally.millis = times[RUNS / 2] / 1e6;
		tally.reports = 1;
		String json = Files.readString(folder.resolve(expectedFile), StandardCharsets.UTF_8);
		String format = JsonParser.parseString(json).getAsJsonObject().get("format").getAsString();
		Map<String, BigDecimal> expected = CanonicalCells.of(json, forms.form(format).orElseThrow());
		Report report = (Report) loader.parse(target, result.text()).getContents().get(0);
		Map<String, BigDecimal> actual = CanonicalCells.of(views.resolved(report));
		for (var e : expected.entrySet()) {
			BigDecimal got = actual.get(e.getKey());
			if (got == null) {
				tally.unknown++;
			} else if (got.compareTo(e.getValue()) == 0) {
				tally.exact++;
			} else {
				tally.wrong++;
			}
		}
		tally.total = expected.size();
		return tally;
	}
}
