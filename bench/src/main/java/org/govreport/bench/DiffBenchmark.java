package org.govreport.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.govreport.dsl.GovReportStandaloneSetup;
import org.govreport.dsl.diff.DiffSide;
import org.govreport.dsl.diff.ReportDiff;
import org.govreport.dsl.diff.ReportDiffer;
import org.govreport.dsl.service.CheckService;
import org.govreport.dsl.service.DiffService;
import org.govreport.dsl.service.ReportLoader;

import com.google.inject.Injector;

/**
 * Prints how long {@code govreport diff} of two full reports takes in a warm JVM: the whole service (read,
 * parse and check both sides, diff) and the diff engine alone on parsed and checked sides. A plain harness,
 * not a timed test: it prints figures.
 *
 * <p>Arguments: {@code OLD NEW}.
 */
public final class DiffBenchmark {

	private static final int WARM_UP = 300;
	private static final int RUNS = 1_000;

	public static void main(String[] args) throws Exception {
		if (args.length != 2) {
			System.err.println("usage: DiffBenchmark OLD NEW");
			System.exit(2);
		}
		Injector injector = new GovReportStandaloneSetup().createInjectorAndDoEMFRegistration();
		DiffService diffs = injector.getInstance(DiffService.class);
		Path here = Path.of("").toAbsolutePath();
		ReportDiff diff = diffs.diff(here, args[0], args[1]).diff();
		System.out.printf("the pair: %d cells, %d rows, %d findings appeared, %d disappeared, %d paragraphs changed%n",
				diff.cellCount(), diff.rowCount(), diff.findings().appeared().size(), diff.findings().disappeared().size(),
				diff.paragraphCount());
		report("govreport diff (read, parse and check both, diff)", time(() -> diffs.diff(here, args[0], args[1])));

		ReportLoader loader = injector.getInstance(ReportLoader.class);
		CheckService checks = injector.getInstance(CheckService.class);
		DiffSide old = side(loader, checks, Path.of(args[0]));
		DiffSide now = side(loader, checks, Path.of(args[1]));
		ReportDiffer differ = injector.getInstance(ReportDiffer.class);
		report("the engine alone (sides parsed and checked)", time(() -> differ.diff(old, now, List.of())));
	}

	private static DiffSide side(ReportLoader loader, CheckService checks, Path file) throws Exception {
		var resource = loader.parse(file, Files.readString(file));
		var findings = checks.check(file, resource).stream()
				.map(f -> new DiffSide.SideFinding(f.code(), f.severity(), f.line(), f.column(), f.message())).toList();
		return new DiffSide(file.toString(), resource, findings);
	}

	/** Milliseconds per run, sorted. */
	private static double[] time(Runnable work) {
		for (int i = 0; i < WARM_UP; i++) {
			work.run();
		}
		double[] ms = new double[RUNS];
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			work.run();
			ms[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(ms);
		return ms;
	}

	private static void report(String what, double[] ms) {
		System.out.printf("warm, %s: median %.2f ms, p95 %.2f ms per diff (%d runs)%n", what, ms[ms.length / 2],
				ms[(int) (ms.length * 0.95)], ms.length);
	}
}
