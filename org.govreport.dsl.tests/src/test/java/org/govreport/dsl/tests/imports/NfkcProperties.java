package org.govreport.dsl.tests.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;

import org.govreport.dsl.imports.Nfkc;
import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The folding's shortcut gives what the JDK's normaliser gives, for every character and for mixed texts. */
class NfkcProperties {

	@Test
	void everyCharacterAlone() {
		for (char c = 0; c < Character.MAX_VALUE; c++) {
			String text = String.valueOf(c);
			assertEquals(Normalizer.normalize(text, Normalizer.Form.NFKC), Nfkc.of(text), () -> "U+" + Integer.toHexString(text.charAt(0)));
		}
	}

	@Property(tries = 5000)
	void sameAsTheNormaliser(@ForAll("texts") String text) {
		assertEquals(Normalizer.normalize(text, Normalizer.Form.NFKC), Nfkc.of(text));
	}

	@Provide
	Arbitrary<String> texts() {
		// What a report holds (the shortcut's characters), with what it sends to the normaliser mixed in: combining
		// marks after letters, compatibility ideographs, Hangul jamo, ligatures, the ellipsis, circled numbers.
		return Arbitraries.strings().withChars("aZ9 \t,.(（）：；，！～　、。《》“”—·自然人予以公開")
				.withChars('\u0301', '\u0308', '\uF900', '\u1100', '\u1161', '\uFB01', '\u2026', '\u2460', '\u00A0', '\u3001')
				.ofMaxLength(16);
	}
}
