package org.govreport.dsl.region;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Which reports belong to one organ, year by year. Reports are grouped by their organ's key (normalised,
 * renames followed); a key and year with more than one report is a duplicate (A2) when the names are the same
 * or the roster knows one such organ, and ambiguous (A4) when the names differ; a key the roster lists more than
 * once is ambiguous for every year. Ambiguous or duplicate reports are never paired.
 */
public final class Pairing {

	/** A report and the same organ's report of the previous year (indices into the facts). */
	public record Pair(int lastYear, int thisYear) {
	}

	/** key → year → indices of the reports */
	private final Map<String, Map<Integer, List<Integer>>> groups = new TreeMap<>();
	private final List<String> keys;
	private final List<RegionFinding> findings = new ArrayList<>();
	private final List<Pair> pairs = new ArrayList<>();

	public Pairing(List<ReportFacts> facts, RegionRules rules) {
		keys = new ArrayList<>(facts.size());
		for (int i = 0; i < facts.size(); i++) {
			ReportFacts f = facts.get(i);
			// A report without an organ or a year (a syntax error) belongs to no organ-year: its own check says why.
			String key = f == null || f.organ().isBlank() || f.year() <= 0 ? null : rules.names().keyOf(f.organ());
			keys.add(key);
			if (key != null) {
				groups.computeIfAbsent(key, k -> new TreeMap<>()).computeIfAbsent(f.year(), y -> new ArrayList<>()).add(i);
			}
		}
		groups.forEach((key, years) -> group(key, years, facts, rules.roster()));
	}

	private void group(String key, Map<Integer, List<Integer>> years, List<ReportFacts> facts, Roster roster) {
		List<Roster.Entry> entries = roster.entries(key);
		if (entries.size() > 1) {
			ReportFacts first = facts.get(years.values().iterator().next().get(0));
			findings.add(RegionFinding.warning(RegionFinding.AMBIGUOUS, first.path(), 1, 1, first.organ(), 0,
					"“" + first.organ() + "” 对应名册中 " + entries.size() + " 个机关（"
							+ entries.stream().map(e -> e.organ() + "，上级 " + e.parent() + "，名册第 " + e.line() + " 行")
									.collect(Collectors.joining("；"))
							+ "），无法判断属于哪一个：这些报告不配对、不计缺报，请在名称对应文件或名册中区分 "
							+ paths(years.values().stream().flatMap(List::stream).toList(), facts)));
			return;
		}
		Set<Integer> single = new HashSet<>();
		years.forEach((year, reports) -> {
			if (reports.size() == 1) {
				single.add(year);
				return;
			}
			ReportFacts first = facts.get(reports.get(0));
			long names = reports.stream().map(i -> OrganNames.written(facts.get(i).organ())).distinct().count();
			if (names > 1 && entries.isEmpty()) {
				findings.add(RegionFinding.warning(RegionFinding.AMBIGUOUS, first.path(), 1, 1, first.organ(), year,
						year + " 年度有 " + reports.size() + " 份报告的机关名称不同但规范化后相同（"
								+ reports.stream().map(i -> facts.get(i).organ()).distinct().collect(Collectors.joining("、"))
								+ "），无法判断是一个机关还是几个：不配对 " + paths(reports, facts)));
			} else {
				findings.add(RegionFinding.warning(RegionFinding.DUPLICATE, first.path(), 1, 1, first.organ(), year,
						first.organ() + " " + year + " 年度有 " + reports.size() + " 份报告：" + paths(reports, facts)));
			}
		});
		for (int year : single) {
			if (single.contains(year - 1)) {
				pairs.add(new Pair(years.get(year - 1).get(0), years.get(year).get(0)));
			}
		}
	}

	private static String paths(List<Integer> reports, List<ReportFacts> facts) {
		return reports.stream().map(i -> facts.get(i).path()).sorted().collect(Collectors.joining(", "));
	}

	/** The key each report was grouped by, by index (null for a file that could not be read or names no organ or year). */
	public String key(int report) {
		return keys.get(report);
	}

	/** key → year → indices */
	public Map<String, Map<Integer, List<Integer>>> groups() {
		return groups;
	}

	public List<Pair> pairs() {
		return pairs;
	}

	/** Duplicates and ambiguous names. */
	public List<RegionFinding> findings() {
		return findings;
	}
}
