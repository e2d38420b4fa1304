package org.govreport.dsl.tests.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.Pattern;

import org.govreport.dsl.imports.CellGaps;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The one-pass split of a table line gives the parts that splitting at the gaps' regular expression gives. */
class CellGapsProperties {

	/** The definition the scan replaces, kept here as the reference. */
	private static final Pattern GAPS = Pattern.compile("[|｜\\t]|[ \\u3000\\u00A0]{2,}");

	@Property(tries = 5000)
	void sameAsSplittingAtTheExpression(@ForAll("lines") String line) {
		assertEquals(List.of(GAPS.split(line, -1)), CellGaps.split(line), line);
	}

	@Provide
	Arbitrary<String> lines() {
		// Gaps of every kind, lone spaces, and the text either side of them; short, so that runs and ends meet.
		return Arbitraries.strings().withChars("|｜\t \u3000\u00A0 a自1-.\n").ofMaxLength(24);
	}
}
