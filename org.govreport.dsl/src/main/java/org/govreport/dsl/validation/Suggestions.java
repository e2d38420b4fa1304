package org.govreport.dsl.validation;

import java.util.Map;
import java.util.Optional;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * "Did you mean": the known word closest to a misspelt one, by edit distance, preferring a word that
 * contains the text or is contained in it (国家秘密 → 不予公开·国家秘密).
 */
public final class Suggestions {

	private Suggestions() {
	}

	/**
	 * @param candidates each known spelling mapped to the word to suggest for it (a verbatim label
	 *                   maps to the short label a report writes)
	 */
	public static Optional<String> closest(String text, Map<String, String> candidates) {
		String best = null;
		int bestScore = Integer.MAX_VALUE;
		for (Map.Entry<String, String> c : candidates.entrySet()) {
			String known = c.getKey();
			int distance = LevenshteinDistance.getDefaultInstance().apply(strip(text), strip(known));
			boolean related = known.contains(text) || text.contains(known);
			int limit = Math.max(1, Math.max(text.length(), known.length()) / 2);
			if (!related && distance > limit) {
				continue;
			}
			int score = related ? distance : distance + 100;
			if (score < bestScore) {
				bestScore = score;
				best = c.getValue();
			}
		}
		return Optional.ofNullable(best);
	}

	/** Ignores the joiners people drop or type differently (不予公开国家秘密 = 不予公开·国家秘密). */
	private static String strip(String s) {
		return s.replaceAll("[·.．、\\s]", "");
	}
}
