package org.govreport.dsl.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govreport.dsl.region.RegionFinding;

/** An audit's totals, added up one row at a time as an output writes them, then the region's findings. */
final class AuditTotals {

	/** the codes, errors and warnings of every row and of the region */
	private final FindingTally tally = new FindingTally();
	private int reports;
	private int withErrors;
	private long unreadableFiles;
	private int unreadableCells;
	private long pairs;

	void add(AuditRow row) {
		reports++;
		row.codes().forEach((code, n) -> tally.codes.merge(code, n, Integer::sum));
		tally.errors += row.errors();
		tally.warnings += row.warnings();
		withErrors += row.errors() > 0 ? 1 : 0;
		unreadableFiles += row.report().failed() != null ? 1 : 0;
		unreadableCells += row.report().unreadable();
		pairs += row.verdict() != null && row.verdict().lastYear() != null ? 1 : 0;
	}

	AuditTotals region(List<RegionFinding> region) {
		region.forEach(tally::add);
		return this;
	}

	/** The totals as the JSON output names them (docs/audit.md). */
	Map<String, Object> map() {
		Map<String, Object> totals = new LinkedHashMap<>();
		totals.put("reports", reports);
		totals.put("withErrors", withErrors);
		totals.put("unreadableFiles", unreadableFiles);
		totals.put("errors", tally.errors);
		totals.put("warnings", tally.warnings);
		totals.put("unreadableCells", unreadableCells);
		totals.put("pairs", pairs);
		totals.put("codes", tally.codes);
		return totals;
	}
}
