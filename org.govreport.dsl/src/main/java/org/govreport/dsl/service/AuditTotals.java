package org.govreport.dsl.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.govreport.dsl.region.RegionFinding;

/** An audit's totals, added up one row at a time as an output writes them, then the region's findings. */
final class AuditTotals {

	private final Map<String, Integer> codes = new TreeMap<>();
	private int reports;
	private int withErrors;
	private long unreadableFiles;
	private int errors;
	private int warnings;
	private int unreadableCells;
	private long pairs;

	void add(AuditRow row) {
		reports++;
		row.codes().forEach((code, n) -> codes.merge(code, n, Integer::sum));
		errors += row.errors();
		warnings += row.warnings();
		withErrors += row.errors() > 0 ? 1 : 0;
		unreadableFiles += row.report().failed() != null ? 1 : 0;
		unreadableCells += row.report().unreadable();
		pairs += row.verdict() != null && row.verdict().lastYear() != null ? 1 : 0;
	}

	AuditTotals region(List<RegionFinding> region) {
		for (RegionFinding f : region) {
			codes.merge(f.code(), 1, Integer::sum);
			errors += f.isError() ? 1 : 0;
			warnings += f.isError() ? 0 : 1;
		}
		return this;
	}

	/** The totals as the JSON output names them (docs/audit.md). */
	Map<String, Object> map() {
		Map<String, Object> totals = new LinkedHashMap<>();
		totals.put("reports", reports);
		totals.put("withErrors", withErrors);
		totals.put("unreadableFiles", unreadableFiles);
		totals.put("errors", errors);
		totals.put("warnings", warnings);
		totals.put("unreadableCells", unreadableCells);
		totals.put("pairs", pairs);
		totals.put("codes", codes);
		return totals;
	}
}
