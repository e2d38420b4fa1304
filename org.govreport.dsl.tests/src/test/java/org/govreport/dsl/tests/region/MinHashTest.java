package org.govreport.dsl.tests.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

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
