package org.govreport.dsl.service;

import java.util.List;
import java.util.Map;

import org.govreport.dsl.region.RegionFinding;
import org.govreport.dsl.region.ReportVerdict;

/**
 * One report of an audit as its outputs show it: its own counts and codes with those of its verdict.
 *
 * @param verdict null for a report not grouped by an organ (unreadable, no organ or year)
 * @param codes   how many findings of each code, its own and its verdict's, in the order of the codes
 */
record AuditRow(AuditedReport report, ReportVerdict verdict, Map<String, Integer> codes, int errors, int warnings) {

	/** The row of report {@code i}; its verdict is made here, so make each row once per output. */
	static AuditRow of(RegionAudit audit, int i) {
		AuditedReport r = audit.reports().get(i);
		ReportVerdict v = audit.verdict(i);
		FindingTally tally = new FindingTally();
		tally.codes.putAll(r.codes());
		(v == null ? List.<RegionFinding>of() : v.findings()).forEach(tally::add);
		return new AuditRow(r, v, tally.codes, r.errors() + tally.errors, r.warnings() + tally.warnings);
	}
}
