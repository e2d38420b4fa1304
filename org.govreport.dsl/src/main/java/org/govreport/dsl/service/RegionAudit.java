package org.govreport.dsl.service;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.govreport.dsl.region.RegionFinding;
import org.govreport.dsl.region.RegionResult;
import org.govreport.dsl.region.ReportVerdict;

/**
 * A region audit's result, for the command's outputs and for other commands that read an audit: each report
 * as checked alone ({@link AuditedReport}, its findings read back from where the audit put them aside), beside
 * what the checks across reports found about it ({@link ReportVerdict}, same index; null for a file that could
 * not be read), and the findings about the region (missing, duplicate, unknown and ambiguous organs, similar
 * pairs). Findings and verdicts are made or read when asked, one report at a time: ask once per output. Close
 * it to delete the findings put aside.
 */
public final class RegionAudit implements AutoCloseable {

	private final List<AuditedReport> reports;
	private final FindingSpill findings;
	private final RegionResult across;
	private final long readMillis;

	RegionAudit(List<AuditedReport> reports, FindingSpill findings, RegionResult across, long readMillis) {
		this.reports = reports;
		this.findings = findings;
		this.across = across;
		this.readMillis = readMillis;
	}

	public List<AuditedReport> reports() {
		return reports;
	}

	/** The findings of one report's own check, as {@code check --format json} prints them. */
	public List<Finding> findings(int report) {
		return findings.get(report);
	}

	public ReportVerdict verdict(int report) {
		return across.verdict(report);
	}

	public RegionResult across() {
		return across;
	}

	/** The time to import and check every report (on every core). */
	public long readMillis() {
		return readMillis;
	}

	/** Every finding, each report's and the region's, in the format of {@code check --format json}. */
	public Stream<Finding> findings() {
		return Stream.concat(IntStream.range(0, reports.size()).boxed().flatMap(i -> {
			ReportVerdict verdict = verdict(i);
			return Stream.concat(findings(i).stream(),
					verdict == null ? Stream.empty() : verdict.findings().stream().map(RegionAudit::finding));
		}), across.region().stream().map(RegionAudit::finding));
	}

	/** The findings of the checks across reports, about one report or the region. */
	public Stream<RegionFinding> acrossFindings() {
		return across.findings();
	}

	public boolean anyFailure() {
		return reports.stream().anyMatch(r -> r.failure() != null);
	}

	/** Whether the office has something to follow up: an error, an unread cell, an unreadable file, a finding across reports. */
	public boolean needsAttention() {
		return reports.stream().anyMatch(r -> r.errors() > 0 || r.unreadable() > 0 || r.failure() != null)
				|| acrossFindings().findAny().isPresent();
	}

	@Override
	public void close() {
		findings.close();
	}

	/** A finding across reports as check lists one; its message, which names the organs and years, is its line-free subject. */
	private static Finding finding(RegionFinding f) {
		return new Finding(f.path(), f.line(), f.column(), f.line(), f.column(), f.severity(), f.code(), f.message(),
				f.message(), List.of(), null);
	}
}
