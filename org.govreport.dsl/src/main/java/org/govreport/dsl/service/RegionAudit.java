package org.govreport.dsl.service;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.govreport.dsl.region.RegionFinding;
import org.govreport.dsl.region.RegionResult;
import org.govreport.dsl.region.ReportVerdict;

/**
 * A region audit's result, for the command's outputs and for other commands that read an audit: each report
 * as checked alone ({@link AuditedReport}) beside what the checks across reports found about it
 * ({@link ReportVerdict}, same index; null for a file that could not be read), and the findings about the
 * region (missing, duplicate, unknown and ambiguous organs, similar pairs).
 *
 * @param readMillis the time to import and check every report (on every core)
 */
public record RegionAudit(List<AuditedReport> reports, RegionResult across, long readMillis) {

	public ReportVerdict verdict(int report) {
		return across.verdicts().get(report);
	}

	/** Every finding, each report's and the region's, in the format of {@code check --format json}. */
	public List<Finding> findings() {
		List<Finding> findings = new ArrayList<>();
		for (int i = 0; i < reports.size(); i++) {
			findings.addAll(reports.get(i).findings());
			ReportVerdict verdict = verdict(i);
			if (verdict != null) {
				verdict.findings().stream().map(RegionAudit::finding).forEach(findings::add);
			}
		}
		across.region().stream().map(RegionAudit::finding).forEach(findings::add);
		return findings;
	}

	/** The findings of the checks across reports, about one report or the region. */
	public Stream<RegionFinding> acrossFindings() {
		return Stream.concat(across.verdicts().stream().filter(v -> v != null).flatMap(v -> v.findings().stream()),
				across.region().stream());
	}

	public boolean anyFailure() {
		return reports.stream().anyMatch(r -> r.failure() != null);
	}

	/** Whether the office has something to follow up: an error, an unread cell, an unreadable file, a finding across reports. */
	public boolean needsAttention() {
		return reports.stream().anyMatch(r -> r.errors() > 0 || r.unreadable() > 0 || r.failure() != null)
				|| acrossFindings().findAny().isPresent();
	}

	/** A finding across reports as check lists one; its message, which names the organs and years, is its line-free subject. */
	private static Finding finding(RegionFinding f) {
		return new Finding(f.path(), f.line(), f.column(), f.line(), f.column(), f.severity(), f.code(), f.message(),
				f.message(), List.of(), null);
	}
}
