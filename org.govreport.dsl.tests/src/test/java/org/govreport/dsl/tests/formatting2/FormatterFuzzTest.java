package org.govreport.dsl.tests.formatting2;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.govreport.dsl.tests.LoggedErrors;
import org.govreport.dsl.tests.ReportTesting;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any text, formatted: no exception, only white space changes, and a second pass changes nothing. Every
 * build runs the seed corpus (FormatterFuzzTestInputs); a fixed number of fuzzed inputs runs in verify,
 * a million with -Pfuzz.
 */
class FormatterFuzzTest {

	@FuzzTest(maxDuration = "2h")
	void formattingChangesOnlyWhiteSpaceAndIsIdempotent(byte[] input) {
		String text = new String(input, StandardCharsets.UTF_8);
		LoggedErrors.failOn(() -> {
			String formatted = ReportTesting.format(text);
			assertEquals(withoutWhiteSpace(text), withoutWhiteSpace(formatted), "formatting changed more than white space");
			assertEquals(formatted, ReportTesting.format(formatted), "a second formatting changed the text");
		});
	}

	private static String withoutWhiteSpace(String text) {
		return text.replaceAll("[\\s\\u3000]", "");
	}
}
