package org.govreport.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.govreport.dsl.GovReportStandaloneSetup;
import org.govreport.dsl.region.RegionRules;
import org.govreport.dsl.service.AuditService;
import org.govreport.dsl.service.AuditTable;
import org.govreport.dsl.service.RegionAudit;
import org.govreport.dsl.service.RegionAuditService;
import org.govreport.dsl.startup.ParallelLanguageSetup;

import com.google.inject.Injector;

/**
 * Audits a folder of published reports (written by {@link SyntheticRegion}) as {@code govreport audit} does,
 * on every core, writes its JSON output to nowhere, and prints reports/s, the time of the pairing, similarity
 * and output steps, and the process's peak resident memory (VmHWM).
 *
 * <pre>bench/run-audit.sh COUNT [YEARS]</pre>
 */
public final class AuditBenchmark {

	public static void main(String[] args) throws IOException {
		long start = System.nanoTime();
		// The injector govreport audit runs with (reports parsed once, then only read).
		Injector injector = ParallelLanguageSetup.forCommands(new GovReportStandaloneSetup());
		List<Path> files = injector.getInstance(AuditService.class).files(List.of(Path.of(args[0])));
		long listed = System.nanoTime();
		try (RegionAudit audit = injector.getInstance(RegionAuditService.class).audit(files, RegionRules.defaults(), (d, of) -> {
		})) {
			long audited = System.nanoTime();
			// The JSON output, the richest, written as govreport audit writes it; to nowhere, so that the disk is not timed.
			PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
			new AuditTable(audit).json(nowhere);
			long written = System.nanoTime();
			Map<String, Integer> codes = new TreeMap<>();
			audit.findings().forEach(f -> codes.merge(f.code(), 1, Integer::sum));
			double seconds = (written - listed) / 1e9;
			System.out.printf("machine: %d cores; %d reports; set-up and listing %.1f s%n", Runtime.getRuntime().availableProcessors(),
					files.size(), (listed - start) / 1e9);
			System.out.printf("import + check (all cores): %.1f s, %.0f reports/s%n", audit.readMillis() / 1e3,
					files.size() / (audit.readMillis() / 1e3));
			System.out.printf("pairing (grouping, roster): %d ms; similarity (last year, LSH neighbours): %d ms%n",
					audit.across().pairingMillis(), audit.across().similarityMillis());
			System.out.printf("the JSON output (verdicts with carry-over and deadlines, findings read back): %.1f s%n",
					(written - audited) / 1e9);
			System.out.printf("whole audit: %.1f s, %.0f reports/s; peak resident memory (VmHWM) %s%n", seconds,
					files.size() / seconds, peak());
			System.out.println("findings by code: " + codes);
		}
	}

	private static String peak() throws IOException {
		return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM"))
				.map(l -> l.replaceAll("VmHWM:\\s*", "")).findFirst().orElse("?");
	}
}
