package org.govreport.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.govreport.dsl.GovReportStandaloneSetup;
import org.govreport.dsl.form.Forms;
import org.govreport.dsl.service.CheckService;
import org.govreport.dsl.service.Finding;
import org.govreport.dsl.service.ReportLoader;

import com.google.inject.Injector;

/**
 * Prints how fast {@code govreport check} is: reports checked per second in one warm JVM over 1,000
 * generated varied reports, and the wall time of a cold {@code govreport check} of one example
 * against a bare {@code java -version}. A plain harness, not a timed test: it prints figures.
 *
 * <p>Arguments: {@code LAUNCHER EXAMPLE} — the {@code govreport} script and a report to check cold.
 */
public final class CheckBenchmark {

	private static final int REPORTS = 1_000;
	private static final int COLD_RUNS = 15;

	private static ReportLoader loader;
	private static CheckService checks;

	public static void main(String[] args) throws Exception {
		if (args.length != 2) {
			System.err.println("usage: CheckBenchmark LAUNCHER EXAMPLE");
			System.exit(2);
		}
		Injector injector = new GovReportStandaloneSetup().createInjectorAndDoEMFRegistration();
		loader = injector.getInstance(ReportLoader.class);
		checks = injector.getInstance(CheckService.class);
		warm(injector.getInstance(Forms.class));
		cold(Path.of(args[0]), Path.of(args[1]));
	}

	private static void warm(Forms forms) {
		SyntheticReports generator = new SyntheticReports(forms.defaultForm());
		List<String> texts = IntStream.range(0, REPORTS).mapToObj(generator::report).toList();
		Path path = Path.of("synthetic.govreport");
		// Warm-up: let the JIT compile parser and checks before measuring.
		for (int round = 0; round < 3; round++) {
			texts.subList(0, 300).forEach(t -> check(path, t));
		}
		// Three measured rounds, the median printed: the machine is shared, so one round is noisy. CPU time
		// of this thread is printed beside wall time, as it depends much less on the other processes.
		ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
		List<double[]> rounds = new ArrayList<>();
		long errors = 0;
		for (int round = 0; round < 3; round++) {
			errors = 0;
			long start = System.nanoTime();
			long startCpu = cpu.getCurrentThreadCpuTime();
			for (String text : texts) {
				errors += check(path, text).stream().filter(Finding::isError).count();
			}
			rounds.add(new double[] { (System.nanoTime() - start) / 1e9, (cpu.getCurrentThreadCpuTime() - startCpu) / 1e9 });
		}
		rounds.sort((a, b) -> Double.compare(a[0], b[0]));
		double seconds = rounds.get(1)[0];
		System.out.printf("warm, 1 thread : %d reports in %.2f s = %.0f reports/s, %.0f reports per CPU-second (median of 3; errors found: %d, expected 0)%n",
				REPORTS, seconds, REPORTS / seconds, REPORTS / rounds.get(1)[1], errors);
		int threads = Runtime.getRuntime().availableProcessors();
		long start = System.nanoTime();
		long parallelErrors = texts.parallelStream()
				.mapToLong(t -> check(path, t).stream().filter(Finding::isError).count()).sum();
		seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf("warm, %d threads: %d reports in %.2f s = %.0f reports/s (errors found: %d, expected 0)%n",
				threads, REPORTS, seconds, REPORTS / seconds, parallelErrors);
	}

	private static List<Finding> check(Path path, String text) {
		return checks.check(path, loader.parse(path, text));
	}

	private static void cold(Path launcher, Path example) throws IOException, InterruptedException {
		List<String> check = List.of(launcher.toString(), "check", example.toString());
		List<String> jvm = List.of("java", "-version");
		run(check); // builds the jar and the CDS archive if needed
		// The two commands take turns, so that both meet the same load from the machine's other tenants.
		List<Long> checkTimes = new ArrayList<>();
		List<Long> jvmTimes = new ArrayList<>();
		for (int i = 0; i < COLD_RUNS; i++) {
			checkTimes.add(millis(check));
			jvmTimes.add(millis(jvm));
		}
		long checkMedian = median(checkTimes);
		long jvmMedian = median(jvmTimes);
		System.out.printf("cold govreport check of %s: %d ms (median of %d; quartiles %d–%d)%n", example, checkMedian,
				COLD_RUNS, checkTimes.get(COLD_RUNS / 4), checkTimes.get(3 * COLD_RUNS / 4));
		System.out.printf("bare java -version: %d ms (median of %d)%n", jvmMedian, COLD_RUNS);
		System.out.printf("ratio: %.1f x (target <= 10 x)%n", (double) checkMedian / jvmMedian);
	}

	private static long millis(List<String> command) throws IOException, InterruptedException {
		long start = System.nanoTime();
		run(command);
		return (System.nanoTime() - start) / 1_000_000;
	}

	/** Sorts the times and returns the middle one. */
	private static long median(List<Long> times) {
		times.sort(null);
		return times.get(times.size() / 2);
	}

	private static void run(List<String> command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		int exit = process.waitFor();
		if (exit > 1) {
			throw new IllegalStateException(String.join(" ", command) + " exited with " + exit);
		}
	}
}
