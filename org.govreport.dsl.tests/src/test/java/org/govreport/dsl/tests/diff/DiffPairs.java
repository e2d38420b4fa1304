package org.govreport.dsl.tests.diff;

import java.util.List;

import org.govreport.dsl.diff.DiffSide;
import org.govreport.dsl.diff.DiffSide.SideFinding;
import org.govreport.dsl.diff.ReportDiff;
import org.govreport.dsl.diff.ReportDiffer;
import org.govreport.dsl.tests.Fixture;
import org.govreport.dsl.tests.ReportTesting;

/** Diffs of two texts, each parsed and checked as the fixture's report, through the real engine and checks. */
final class DiffPairs {

	private DiffPairs() {
	}

	static ReportDiff diff(String oldText, String newText) {
		return ReportTesting.get(ReportDiffer.class).diff(side("old", oldText), side("new", newText), List.of());
	}

	static ReportDiff diff(Fixture old, Fixture now) {
		return diff(old.text(), now.text());
	}

	private static DiffSide side(String name, String text) {
		var resource = ReportTesting.parse(Fixture.THIS_YEAR, text);
		List<SideFinding> findings = ReportTesting.check(Fixture.THIS_YEAR, text).stream()
				.map(f -> new SideFinding(f.code(), f.severity(), f.line(), f.column(), f.message())).toList();
		return new DiffSide(name, resource, findings);
	}
}
