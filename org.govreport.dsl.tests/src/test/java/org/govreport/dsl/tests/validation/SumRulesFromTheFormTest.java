package org.govreport.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.Modules2;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.govreport.dsl.form.FormDefinitionException;
import org.govreport.dsl.form.Forms;
import org.govreport.dsl.ide.GovReportIdeModule;
import org.govreport.dsl.ide.quickfix.GovReportQuickfixProvider;
import org.govreport.dsl.service.ReportLoader;
import org.govreport.dsl.tests.Fixture;
import org.govreport.dsl.tests.TestForms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.gson.JsonObject;
import com.google.inject.Guice;
import com.google.inject.Inject;

/**
 * The sum rules are data: with a form whose appeals rule is called Z4 and which adds a rule Z9
 * (行政复议 = 行政诉讼·未经复议直接起诉 in every column), the check reports both under those codes and the
 * quick fix serves them; a malformed rule stops the form from loading.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(TestForms.SumRulesEdited.class)
class SumRulesFromTheFormTest {

	@Inject
	private ReportLoader loader;

	@Inject
	private IResourceValidator validator;

	@Inject
	private Forms forms;

	private List<Issue> issues(Fixture fixture) {
		XtextResource resource = loader.parse(Fixture.THIS_YEAR, fixture.text());
		return validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
	}

	@Test
	void aRenamedRuleIsReportedUnderItsOwnCode() {
		Fixture broken = Fixture.consistent().cell("行政复议", 4, "2");
		List<Issue> issues = issues(broken);
		assertTrue(issues.stream().anyMatch(i -> "Z4".equals(i.getCode()) && i.getLineNumber() == broken.line("行政复议")),
				issues::toString);
		assertTrue(issues.stream().noneMatch(i -> "R4".equals(i.getCode())), issues::toString);
	}

	@Test
	void anAddedRuleIsReportedWithItsCodeAndTheValueThatMakesItHold() {
		Fixture consistent = Fixture.consistent();
		List<Issue> z9 = issues(consistent).stream().filter(i -> "Z9".equals(i.getCode())).toList();
		// 行政复议 is 1 0 0 0 1, 行政诉讼·未经复议直接起诉 0 1 0 1 2: four of five columns break the new rule, each
		// reported on the right side's cell with the value that would make it hold.
		assertEquals(4, z9.size(), z9::toString);
		assertTrue(z9.stream().allMatch(i -> i.getLineNumber() == consistent.line("行政诉讼·未经复议直接起诉")), z9::toString);
		assertEquals(List.of("1", "0", "0", "1"), z9.stream().map(i -> i.getData()[0]).toList());
	}

	@Test
	void theOneSumFixServesAnAddedRule() {
		GovReportQuickfixProvider fixes = Guice
				.createInjector(Modules2.mixin(TestForms.runtimeModule(forms), new GovReportIdeModule()))
				.getInstance(GovReportQuickfixProvider.class);
		Issue issue = issues(Fixture.consistent()).stream().filter(i -> "Z9".equals(i.getCode())).findFirst().orElseThrow();
		Range range = new Range(new Position(issue.getLineNumber() - 1, issue.getColumn() - 1),
				new Position(issue.getLineNumber() - 1, issue.getColumn() - 1 + issue.getLength()));
		Diagnostic diagnostic = new Diagnostic(range, issue.getMessage());
		diagnostic.setCode(issue.getCode());
		diagnostic.setData(issue.getData());
		assertTrue(fixes.handlesDiagnostic(diagnostic));
		ICodeActionService2.Options options = new ICodeActionService2.Options();
		options.setResource(loader.parse(Fixture.THIS_YEAR, Fixture.consistent().text()));
		List<DiagnosticResolution> resolutions = fixes.getResolutions(options, diagnostic);
		assertEquals(List.of("改为 1"), resolutions.stream().map(DiagnosticResolution::getLabel).toList());
	}

	@Test
	void aRuleNamingARowTheTableLacksStopsTheFormFromLoading() {
		FormDefinitionException e = assertThrows(FormDefinitionException.class, () -> TestForms.edited(json -> {
			JsonObject rule = TestForms.rules(json, "2021", "appeals").get(0).getAsJsonObject();
			rule.addProperty("kind", "column_total");
			rule.addProperty("total", "no_such_row");
		}));
		assertTrue(e.getMessage().contains("no_such_row") && e.getMessage().contains("R4"), e.getMessage());
	}

	@Test
	void aRuleOfAnUnknownKindOrWithoutACodeStopsTheFormFromLoading() {
		FormDefinitionException kind = assertThrows(FormDefinitionException.class, () -> TestForms.edited(
				json -> TestForms.rules(json, "2021", "appeals").get(0).getAsJsonObject().addProperty("kind", "sum")));
		assertTrue(kind.getMessage().contains("sum"), kind.getMessage());
		FormDefinitionException code = assertThrows(FormDefinitionException.class, () -> TestForms.edited(
				json -> TestForms.rules(json, "2021", "appeals").get(0).getAsJsonObject().remove("code")));
		assertTrue(code.getMessage().contains("code"), code.getMessage());
	}
}
