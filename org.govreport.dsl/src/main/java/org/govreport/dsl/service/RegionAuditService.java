package org.govreport.dsl.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.govreport.dsl.region.RegionAnalysis;
import org.govreport.dsl.region.RegionRules;
import org.govreport.dsl.region.ReportFacts;

import com.google.inject.Inject;

/**
 * Audits a region's published reports: every report imported and checked on every core, each reduced to
 * its small {@link AuditedReport} as soon as it is read and its findings put aside in a temporary file (a parse
 * lives only in its own task and resource set, so memory grows with the reports' summaries, not their models
 * or findings), then the checks across reports.
 */
public class RegionAuditService {

	/** Told after each report, from the worker threads. */
	@FunctionalInterface
	public interface Progress {
		void done(int reports, int of);
	}

	@Inject
	private AuditService audits;

	@Inject
	private RegionAnalysis analysis;

	/** The audit of the files given; close it when its outputs are written. */
	public RegionAudit audit(List<Path> files, RegionRules rules, Progress progress) {
		long start = System.nanoTime();
		AuditedReport[] reports = new AuditedReport[files.size()];
		FindingSpill findings = new FindingSpill(files.size());
		AtomicInteger next = new AtomicInteger();
		AtomicInteger done = new AtomicInteger();
		// As many workers as cores, each taking the next file: bounded, and no queue of waiting work.
		Runnable worker = () -> {
			for (int i = next.getAndIncrement(); i < reports.length; i = next.getAndIncrement()) {
				AuditService.Audited audited = audits.audit(files.get(i));
				reports[i] = audited.report();
				findings.put(i, audited.findings());
				progress.done(done.incrementAndGet(), reports.length);
			}
		};
		int workers = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), reports.length));
		ExecutorService pool = Executors.newFixedThreadPool(workers);
		try {
			CompletableFuture.allOf(IntStream.range(0, workers).mapToObj(w -> CompletableFuture.runAsync(worker, pool))
					.toArray(CompletableFuture[]::new)).join();
			long read = System.nanoTime();
			List<AuditedReport> list = Arrays.asList(reports);
			List<ReportFacts> facts = list.stream().map(AuditedReport::facts).toList();
			return new RegionAudit(list, findings, analysis.analyse(new ArrayList<>(facts), rules), (read - start) / 1_000_000);
		} catch (RuntimeException | Error e) {
			findings.close();
			throw e;
		} finally {
			pool.shutdown();
		}
	}
}
