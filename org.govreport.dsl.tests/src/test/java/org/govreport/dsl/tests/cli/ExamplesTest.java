package org.govreport.dsl.tests.cli;

import org.govreport.dsl.tests.ReportTesting;
import static org.govreport.dsl.tests.ReportTesting.check;
import static org.govreport.dsl.tests.ReportTesting.describe;
import static org.govreport.dsl.tests.ReportTesting.examples;
import static org.govreport.dsl.tests.ReportTesting.format;
import static org.govreport.dsl.tests.ReportTesting.read;
import static org.govreport.dsl.tests.ReportTesting.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.govreport.dsl.service.Finding;
import org.govreport.dsl.govReport.Report;
import org.govreport.dsl.report.ResolvedReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The showcase reports in examples/ are what users copy first: each must check without errors, be in
 * canonical layout, and — for the five transcribed from published reports — carry the published
 * figures.
 */
class ExamplesTest {

	static List<Path> examplesToCheck() {
		return examples();
	}

	@Test
	void theFiveSeedsAndTheInventedPairAreAllThere() {
		assertTrue(examples().size() >= 7, () -> "expected at least 7 examples, found " + examples());
	}

	@ParameterizedTest
	@MethodSource("examplesToCheck")
	void checksWithoutErrors(Path file) {
		List<Finding> errors = check(file).stream().filter(Finding::isError).toList();
		assertTrue(errors.isEmpty(), () -> describe(errors));
	}

	@ParameterizedTest
	@MethodSource("examplesToCheck")
	void isInCanonicalLayout(Path file) {
		String text = read(file);
		assertEquals(text, format(text));
	}

	@ParameterizedTest(name = "{0}: {1}.{2}.{3} = {4}")
	@CsvSource(delimiter = '|', textBlock = """
			dongwenquan-2025            | proactive | licensing           | decisions      | 170
			dongwenquan-2025            | proactive | punishment          | decisions      | 115
			dongwenquan-2025            | proactive | enforcement         | decisions      | 0
			dongwenquan-2025            | requests  | new                 | total          | 0
			changshouhu-2024            | proactive | normative_documents | in_force       | 2
			changshouhu-2024            | proactive | licensing           | decisions      | 110
			changshouhu-2024            | proactive | punishment          | decisions      | 10
			changshouhu-2024            | requests  | new                 | total          | 1
			changshouhu-2024            | requests  | new                 | natural_person | 1
			changshouhu-2024            | requests  | granted             | total          | 1
			changshouhu-2024            | requests  | total               | total          | 1
			changshouhu-2024            | requests  | carried_forward     | total          | 0
			unnamed-town-2025           | proactive | licensing           | decisions      | 0
			unnamed-town-2025           | requests  | total               | total          | 0
			huarong-bureau-2025         | proactive | normative_documents | in_force       | 1
			huarong-bureau-2025         | proactive | normative_documents | issued         | 0
			huarong-bureau-2025         | requests  | new                 | total          | 0
			chaotianmen-2025            | proactive | licensing           | decisions      | 0
			chaotianmen-2025            | appeals   | review              | total          | 0
			sample-district-bureau-2025 | proactive | fees                | amount         | 1.25
			sample-district-bureau-2025 | requests  | carried_over        | total          | 4
			sample-district-bureau-2024 | requests  | carried_forward     | total          | 4
			""")
	void carriesThePublishedFigure(String name, String table, String row, String column, String expected) {
		BigDecimal value = resolved(name).value(table, row, column).orElseThrow();
		assertEquals(expected, value.toPlainString());
	}

	@ParameterizedTest(name = "{0}: {1} {2}")
	@CsvSource(delimiter = '|', textBlock = """
			dongwenquan-2025    | 重庆市巴南区东温泉镇人民政府           | 2025
			changshouhu-2024    | 重庆市长寿区长寿湖镇人民政府           | 2024
			chaotianmen-2025    | 重庆市渝中区人民政府朝天门街道办事处   | 2025
			""")
	void namesTheOrganAndYear(String name, String organ, int year) {
		Report report = resolved(name).report();
		assertEquals(organ, report.getOrgan());
		assertEquals(year, report.getYear());
	}

	private static ResolvedReport resolved(String name) {
		return ReportTesting.resolved(report(read(Path.of("..", "examples", name + ".govreport"))));
	}
}
