package org.govreport.dsl.region;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The reports against the roster: an organ listed once without a report of an audited year is missing
 * (A1, once per organ and year); reports of an organ the roster does not list are unknown (A3, once per
 * organ). The audited years are the years of the reports read.
 */
public final class RosterCheck {

	private RosterCheck() {
	}

	public static List<RegionFinding> findings(Pairing pairing, List<ReportFacts> facts, Roster roster) {
		List<RegionFinding> findings = new ArrayList<>();
		if (!roster.isPresent()) {
			return findings;
		}
		Set<Integer> years = new TreeSet<>();
		pairing.groups().values().forEach(byYear -> years.addAll(byYear.keySet()));
		pairing.groups().forEach((key, byYear) -> {
			if (roster.entries(key).isEmpty()) {
				ReportFacts first = facts.get(byYear.values().iterator().next().get(0));
				findings.add(RegionFinding.warning(RegionFinding.UNKNOWN_ORGAN, first.path(), 1, 1, first.organ(), 0,
						"“" + first.organ() + "” 不在名册中（" + byYear.keySet().stream().map(String::valueOf)
								.collect(Collectors.joining("、")) + " 年度）：机关改名的，请在名称对应文件中写明"));
			}
		});
		for (Map.Entry<String, List<Roster.Entry>> listed : roster.byKey()) {
			if (listed.getValue().size() != 1) {
				continue; // ambiguous: reported by the pairing
			}
			Roster.Entry entry = listed.getValue().get(0);
			Map<Integer, List<Integer>> reported = pairing.groups().getOrDefault(listed.getKey(), Map.of());
			for (int year : years) {
				if (!reported.containsKey(year)) {
					findings.add(RegionFinding.error(RegionFinding.MISSING, roster.path().toString(), entry.line(), 1,
							entry.organ(), year, entry.organ() + " 没有 " + year + " 年度的报告（名册第 " + entry.line() + " 行）"));
				}
			}
		}
		return findings;
	}
}
