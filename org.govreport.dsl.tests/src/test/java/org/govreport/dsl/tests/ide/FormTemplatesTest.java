package org.govreport.dsl.tests.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.xtext.resource.XtextResource;
import org.govreport.dsl.form.Form;
import org.govreport.dsl.form.Forms;
import org.govreport.dsl.form.RowSpec;
import org.govreport.dsl.govReport.Report;
import org.govreport.dsl.ide.completion.FormTemplates;
import org.govreport.dsl.report.ArithmeticAnalysis;
import org.govreport.dsl.report.ResolvedReport;
import org.govreport.dsl.tests.ReportTesting;
import org.junit.jupiter.api.Test;

/** The new-report skeleton (completion and the VS Code snippet) is a valid report with every row at 0. */
class FormTemplatesTest {

	/** The snippet as VS Code inserts it when the user accepts every default. */
	static String expand(String snippet) {
		return snippet.replaceAll("\\$\\{\\d+:([^}]*)}", "$1").replaceAll("\\$\\{\\d+}", "").replace("$0", "")
				.replace("\\}", "}").replace("\\$", "$").replace("\\\\", "\\");
	}

	@Test
	void everyFormSkeletonParsesWithEveryRowAtZeroAndEverySumHolding() {
		for (Form form : ReportTesting.forms().all()) {
			String text = expand(FormTemplates.report(form));
			XtextResource resource = ReportTesting.parse(text);
			assertFalse(resource.getParseResult().hasSyntaxErrors(), () -> form.format() + ":\n" + text);
			Report report = (Report) resource.getContents().get(0);
			assertEquals(form.format(), report.getFormat());
			ResolvedReport resolved = ReportTesting.resolved(report);
			for (RowSpec row : form.allRows()) {
				assertTrue(resolved.row(row).isPresent(), () -> "missing row " + row.label() + " in\n" + text);
				row.columns().forEach(c -> assertEquals(0, resolved.value(row, c).orElseThrow().signum()));
			}
			ArithmeticAnalysis sums = ArithmeticAnalysis.of(resolved);
			assertFalse(sums.all().isEmpty(), form.format());
			assertTrue(sums.all().stream().allMatch(ArithmeticAnalysis.Equation::holds), () -> form.format() + ":\n" + text);
		}
	}
}
