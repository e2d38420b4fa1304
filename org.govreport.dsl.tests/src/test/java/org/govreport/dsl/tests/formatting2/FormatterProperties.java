package org.govreport.dsl.tests.formatting2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.govreport.dsl.tests.GeneratedReports;
import org.govreport.dsl.tests.ReportTesting;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** fmt over generated reports: only white space changes, and formatting twice is formatting once. */
class FormatterProperties {

	@Property(tries = 200)
	void formattingChangesOnlyWhiteSpace(@ForAll("reports") String text) {
		String formatted = ReportTesting.format(text);
		assertNotEquals(text, formatted, "the generated layout should not be canonical");
		assertEquals(text.replaceAll("\\s", ""), formatted.replaceAll("\\s", ""));
	}

	@Property(tries = 200)
	void formattingIsIdempotent(@ForAll("reports") String text) {
		String formatted = ReportTesting.format(text);
		assertEquals(formatted, ReportTesting.format(formatted));
	}

	@Provide
	Arbitrary<String> reports() {
		return GeneratedReports.reports();
	}
}
