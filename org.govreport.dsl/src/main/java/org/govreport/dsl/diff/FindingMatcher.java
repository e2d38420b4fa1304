package org.govreport.dsl.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govreport.dsl.diff.DiffSide.SideFinding;
import org.govreport.dsl.diff.FindingPlaces.Place;

/**
 * Matches the findings of two reports by rule code and place, not by line or message (lines move, and a
 * message quotes the numbers that changed): what is left over on the new side appeared, on the old side
 * disappeared. The same code at the same place twice counts twice.
 */
final class FindingMatcher {

	private FindingMatcher() {
	}

	static FindingChanges match(List<SideFinding> old, FindingPlaces oldPlaces, List<SideFinding> now,
			FindingPlaces newPlaces) {
		Map<String, List<FindingChange>> before = byKey(old, oldPlaces);
		Map<String, List<FindingChange>> after = byKey(now, newPlaces);
		return new FindingChanges(leftOver(after, before), leftOver(before, after));
	}

	/** The findings of {@code side} beyond as many of the same key on {@code other}. */
	private static List<FindingChange> leftOver(Map<String, List<FindingChange>> side,
			Map<String, List<FindingChange>> other) {
		List<FindingChange> left = new ArrayList<>();
		side.forEach((key, findings) -> {
			int matched = other.getOrDefault(key, List.of()).size();
			if (findings.size() > matched) {
				left.addAll(findings.subList(matched, findings.size()));
			}
		});
		return left;
	}

	private static Map<String, List<FindingChange>> byKey(List<SideFinding> findings, FindingPlaces places) {
		Map<String, List<FindingChange>> byKey = new LinkedHashMap<>();
		for (SideFinding finding : findings) {
			Place place = places.of(finding);
			byKey.computeIfAbsent(finding.code() + "@" + place.id(), k -> new ArrayList<>())
					.add(new FindingChange(finding.code(), finding.severity(), place.id(), place.name(),
							finding.message(), finding.line()));
		}
		return byKey;
	}
}
