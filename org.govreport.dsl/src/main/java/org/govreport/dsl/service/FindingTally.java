package org.govreport.dsl.service;

import java.util.Map;
import java.util.TreeMap;

import org.govreport.dsl.region.RegionFinding;

/** Findings counted by code and by severity: a report's row of an audit and the audit's totals add up alike. */
final class FindingTally {

	final Map<String, Integer> codes = new TreeMap<>();
	int errors;
	int warnings;

	FindingTally add(RegionFinding f) {
		codes.merge(f.code(), 1, Integer::sum);
		errors += f.isError() ? 1 : 0;
		warnings += f.isError() ? 0 : 1;
		return this;
	}
}
