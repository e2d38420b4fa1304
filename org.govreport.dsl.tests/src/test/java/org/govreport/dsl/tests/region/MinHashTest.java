package org.govreport.dsl.tests.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.govreport.dsl.region.Boilerplate;
import org.govreport.dsl.region.MinHash;
import org.govreport.dsl.region.ProseSignature;
import org.govreport.dsl.tests.ReportTesting;
import org.junit.jupiter.api.Test;

/** Signatures estimate how much of a text another one has, boilerplate left out. */
class MinHashTest {

	private static String text(long seed, int chars) {
		Random random = new Random(seed);
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < chars; i++) {
			out.append((char) ('\u4E00' + random.nextInt(3000)));
		}
		return out.toString();
	}

	@Test
	void theSameTextIsAllShared() {
		ProseSignature a = MinHash.of(text(1, 400));
		assertEquals(1.0, a.sharedWith(MinHash.of(text(1, 400))));
	}

	@Test
	void unrelatedTextsShareNothing() {
		assertTrue(MinHash.of(text(1, 400)).sharedWith(MinHash.of(text(2, 400))) < 0.1);
	}

	@Test
	void halfOfLastYearsTextReadsAsAboutHalf() {
		String old = text(1, 600);
		String half = old.substring(0, 300) + text(3, 300);
		double shared = MinHash.of(half).sharedWith(MinHash.of(old));
		assertTrue(shared > 0.3 && shared < 0.7, Double.toString(shared));
	}

	/**
	 * Over many pairs, long texts (every bin filled) and short ones (most bins borrowed), the estimate of the
	 * Jaccard similarity is centred on the true one and within its standard error.
	 */
	@Test
	void theEstimateIsUnbiasedForLongAndShortTexts() {
		for (int chars : new int[] { 600, 40 }) {
			double error = 0;
			double squared = 0;
			int pairs = 300;
			for (int p = 0; p < pairs; p++) {
				String a = text(10 + p, chars);
				String b = a.substring(0, chars / 2) + text(100_000 + p, chars - chars / 2);
				double truth = jaccard(shingles(a), shingles(b));
				double estimate = MinHash.of(a).jaccard(MinHash.of(b));
				error += estimate - truth;
				squared += (estimate - truth) * (estimate - truth);
			}
			assertTrue(Math.abs(error / pairs) < 0.02, chars + " characters: mean error " + error / pairs);
			assertTrue(Math.sqrt(squared / pairs) < 0.09, chars + " characters: standard error " + Math.sqrt(squared / pairs));
		}
	}

	private static Set<String> shingles(String text) {
		Set<String> shingles = new HashSet<>();
		for (int i = 0; i + MinHash.SHINGLE <= text.length(); i++) {
			shingles.add(text.substring(i, i + MinHash.SHINGLE));
		}
		return shingles;
	}

	private static double jaccard(Set<String> a, Set<String> b) {
		Set<String> both = new HashSet<>(a);
		both.retainAll(b);
		return both.size() / (double) (a.size() + b.size() - both.size());
	}

	@Test
	void aTextShorterThanAShingleHasNoSignature() {
		assertNull(MinHash.of("公开"));
	}

	@Test
	void theFormsWordsAndLegalCitationsAreLeftOut() {
		Boilerplate boilerplate = ReportTesting.get(Boilerplate.class);
		String stripped = boilerplate.strip("根据《中华人民共和国政府信息公开条例》第五十条，（一）主动公开政府信息情况：本年新收 较多，甲乙丙。");
		assertFalse(stripped.contains("条例") || stripped.contains("主动公开") || stripped.contains("本年新收"), stripped);
		assertTrue(stripped.endsWith("较多甲乙丙"), stripped);
	}
}
