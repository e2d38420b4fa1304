package org.govreport.dsl.region;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Pairs of different organs of one year whose sections are near-identical (A8), found through bands of
 * their {@link MinHash} signatures (locality-sensitive hashing): only reports that share a band of a
 * section are compared, so a year of a province takes seconds, not the hours of every pair. With 8 bands
 * of 8 numbers, sections with a Jaccard similarity of 0.9 meet in a band with a probability of 99 %.
 */
public final class NeighbourSimilarity {

	/** Estimated Jaccard similarity from which two sections count as the same text. */
	public static final double NEAR_IDENTICAL = 0.9;
	/** Sections with fewer distinct shingles are too short to say anything (e.g. "本年度未收取费用"). */
	public static final int MIN_SHINGLES = 30;
	private static final int BANDS = 8;
	private static final int ROWS = MinHash.SIZE / BANDS;
	/** A band shared by more reports than this is a template everyone filled in; only its first members are compared. */
	private static final int MAX_BUCKET = 32;

	private NeighbourSimilarity() {
	}

	public static List<RegionFinding> findings(Pairing pairing, List<ReportFacts> facts) {
		Map<Integer, List<Integer>> byYear = new TreeMap<>();
		for (int i = 0; i < facts.size(); i++) {
			if (pairing.key(i) != null) {
				byYear.computeIfAbsent(facts.get(i).year(), y -> new ArrayList<>()).add(i);
			}
		}
		List<RegionFinding> findings = new ArrayList<>();
		byYear.forEach((year, reports) -> findings.addAll(year(year, reports, pairing, facts)));
		return findings;
	}

	private static List<RegionFinding> year(int year, List<Integer> reports, Pairing pairing, List<ReportFacts> facts) {
		TreeSet<String> sectionNumbers = new TreeSet<>();
		reports.forEach(i -> sectionNumbers.addAll(facts.get(i).prose().keySet()));
		/** pair (lower index, higher index) → the sections they share */
		Map<Long, TreeSet<String>> similar = new TreeMap<>();
		for (String section : sectionNumbers) {
			for (int band = 0; band < BANDS; band++) {
				Map<Long, List<Integer>> buckets = new HashMap<>();
				for (int i : reports) {
					ProseSignature s = facts.get(i).prose().get(section);
					if (s != null && s.shingles() >= MIN_SHINGLES) {
						buckets.computeIfAbsent(bandHash(s.minHash(), band), h -> new ArrayList<>(2)).add(i);
					}
				}
				for (List<Integer> bucket : buckets.values()) {
					compare(bucket.subList(0, Math.min(bucket.size(), MAX_BUCKET)), section, pairing, facts, similar);
				}
			}
		}
		List<RegionFinding> findings = new ArrayList<>();
		similar.forEach((pair, sections) -> {
			ReportFacts a = facts.get((int) (pair >>> 32));
			ReportFacts b = facts.get((int) (long) pair);
			findings.add(RegionFinding.warning(RegionFinding.SAME_AS_ANOTHER_ORGAN, a.path(), 1, 1, a.organ(), year,
					a.organ() + " 与 " + b.organ() + " 的 " + year + " 年度报告第" + String.join("、", sections)
							+ "部分正文几乎相同（" + b.path() + "）"));
		});
		return findings;
	}

	private static void compare(List<Integer> bucket, String section, Pairing pairing, List<ReportFacts> facts,
			Map<Long, TreeSet<String>> similar) {
		for (int x = 0; x < bucket.size(); x++) {
			for (int y = x + 1; y < bucket.size(); y++) {
				int a = Math.min(bucket.get(x), bucket.get(y));
				int b = Math.max(bucket.get(x), bucket.get(y));
				if (Objects.equals(pairing.key(a), pairing.key(b))) {
					continue; // one organ's duplicates are A2's
				}
				if (facts.get(a).prose().get(section).jaccard(facts.get(b).prose().get(section)) >= NEAR_IDENTICAL) {
					similar.computeIfAbsent(((long) a << 32) | b, p -> new TreeSet<>()).add(section);
				}
			}
		}
	}

	private static long bandHash(char[] signature, int band) {
		long h = band;
		for (int k = band * ROWS; k < (band + 1) * ROWS; k++) {
			h = h * 0x9E3779B97F4A7C15L + signature[k];
		}
		return h;
	}
}
