package org.govreport.dsl.tests.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.govreport.dsl.diff.FindingChange;
import org.govreport.dsl.diff.FindingChanges;
import org.govreport.dsl.tests.Fixture;
import org.junit.jupiter.api.Test;

/** Findings of the real checks that appear or disappear, matched by code and place, not by line. */
class RuleDiffTest {

	private static final Fixture BASE = Fixture.consistent();
	private static final Fixture BROKEN = BASE.cell("予以公开", 0, "4");

	@Test
	void aBrokenSumAppearsWithItsCodeAndCell() {
		FindingChanges findings = DiffPairs.diff(BASE, BROKEN).findings();
		assertTrue(findings.disappeared().isEmpty(), findings::toString);
		FindingChange r1 = findings.appeared().stream().filter(f -> f.code().equals("R1")).findFirst().orElseThrow();
		assertEquals("requests.granted.natural_person", r1.place());
		assertEquals("三·予以公开·自然人", r1.placeName());
		assertEquals("error", r1.severity());
		assertEquals(BROKEN.line("予以公开"), r1.line());
	}

	@Test
	void aFixedSumDisappears() {
		FindingChanges findings = DiffPairs.diff(BROKEN, BASE).findings();
		assertTrue(findings.appeared().isEmpty(), findings::toString);
		assertTrue(findings.disappeared().stream().anyMatch(f -> f.code().equals("R1")), findings::toString);
	}

	@Test
	void aFindingThatOnlyMovedDownIsNoChange() {
		Fixture moved = BROKEN.replace("前言", "# 新加的一行注释\n\n前言");
		assertTrue(DiffPairs.diff(BROKEN, moved).isEmpty());
	}

	@Test
	void theSameRuleBrokenAtAnotherCellIsOneGoneAndOneNew() {
		Fixture other = BASE.cell("予以公开", 1, "2");
		FindingChanges findings = DiffPairs.diff(BROKEN, other).findings();
		assertTrue(findings.appeared().stream().anyMatch(f -> f.code().equals("R1") && f.placeName().equals("三·予以公开·商业企业")),
				findings::toString);
		assertTrue(findings.disappeared().stream().anyMatch(f -> f.code().equals("R1") && f.placeName().equals("三·予以公开·自然人")),
				findings::toString);
	}
}
