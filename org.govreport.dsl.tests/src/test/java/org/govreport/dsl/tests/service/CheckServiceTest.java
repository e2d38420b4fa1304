package org.govreport.dsl.tests.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.govreport.dsl.service.CheckService;
import org.govreport.dsl.service.Finding;
import org.govreport.dsl.tests.Fixture;
import org.govreport.dsl.tests.ReportTesting;
import org.junit.jupiter.api.Test;

/** The findings without a broken sum's other cells are the same findings, only without those cells. */
class CheckServiceTest {

	private final CheckService checks = ReportTesting.get(CheckService.class);

	@Test
	void withoutRelatedIsTheSameFindingsWithoutTheirOtherCells() {
		Path path = Path.of("2025.govreport");
		XtextResource resource = ReportTesting.parse(path, Fixture.consistent().cell("予以公开", 0, "4").text());
		List<Finding> whole = checks.check(path, resource);
		assertFalse(whole.stream().filter(f -> f.code().equals("R1")).findFirst().orElseThrow().related().isEmpty(),
				"a broken sum names its other cells");
		List<Finding> expected = whole.stream().map(f -> new Finding(f.path(), f.line(), f.column(), f.endLine(),
				f.endColumn(), f.severity(), f.code(), f.message(), f.subject(), List.of(), f.acknowledged())).toList();
		assertEquals(expected, checks.checkWithoutRelated(path, resource));
	}
}
