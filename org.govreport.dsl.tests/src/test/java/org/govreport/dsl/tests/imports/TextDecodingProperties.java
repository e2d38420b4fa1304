package org.govreport.dsl.tests.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.govreport.dsl.imports.ImportException;
import org.govreport.dsl.imports.TextDecoding;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Bytes are read as UTF-8 only when the JDK's strict UTF-8 decoder accepts them, and as what it reads. */
class TextDecodingProperties {

	@Property(tries = 3000)
	void utf8OnlyWhenTheStrictDecoderAcceptsIt(@ForAll("bytes") byte[] bytes) {
		String strict = strictUtf8(bytes);
		TextDecoding.Decoded decoded;
		try {
			decoded = TextDecoding.decode(bytes);
		} catch (ImportException e) {
			return; // refused (binary, or NUL bytes read as UTF-16 that is not): nothing read wrongly
		}
		if (strict == null) {
			assertNotEquals("UTF-8", decoded.charset());
		} else if (decoded.charset().equals("UTF-8")) {
			assertEquals(strict, decoded.text());
		}
	}

	private static String strictUtf8(byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
		} catch (CharacterCodingException e) {
			return null;
		}
	}

	@Provide
	Arbitrary<byte[]> bytes() {
		// Report text in UTF-8 (with U+FFFD itself in it), some of it cut or with a byte changed: truncated
		// sequences, stray continuation bytes, overlong forms and encoded surrogates all come up.
		Arbitrary<byte[]> text = Arbitraries.strings().withChars("自然人予以公开 1a\uFFFD\u00E9\uD83D\uDE00").ofMaxLength(20)
				.map(s -> s.getBytes(StandardCharsets.UTF_8));
		Arbitrary<byte[]> changed = text.flatMap(b -> Arbitraries.integers().between(0, Math.max(0, b.length - 1))
				.flatMap(at -> Arbitraries.bytes().map(value -> {
					byte[] copy = b.clone();
					if (copy.length > 0) {
						copy[at] = value;
					}
					return copy;
				})));
		Arbitrary<byte[]> cut = text.flatMap(b -> Arbitraries.integers().between(0, b.length)
				.map(n -> Arrays.copyOf(b, n)));
		return Arbitraries.oneOf(text, changed, cut, Arbitraries.bytes().array(byte[].class).ofMaxSize(12));
	}
}
