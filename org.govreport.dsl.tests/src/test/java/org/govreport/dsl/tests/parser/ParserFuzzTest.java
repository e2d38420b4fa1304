package org.govreport.dsl.tests.parser;

import java.nio.charset.StandardCharsets;

import org.govreport.dsl.tests.LoggedErrors;
import org.govreport.dsl.tests.ReportTesting;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any text, parsed and checked, gives findings and never an exception, a stack overflow or an error that Xtext
 * logs instead of throwing. Every build runs
 * the seed corpus (ParserFuzzTestInputs); {@code mvn verify -Pfuzz} fuzzes.
 */
class ParserFuzzTest {

	@FuzzTest(maxDuration = "2h")
	void anyTextIsCheckedWithoutCrashing(byte[] input) {
		LoggedErrors.failOn(() -> ReportTesting.check(new String(input, StandardCharsets.UTF_8)));
	}
}
