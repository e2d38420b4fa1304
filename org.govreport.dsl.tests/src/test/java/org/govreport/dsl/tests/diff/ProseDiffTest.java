package org.govreport.dsl.tests.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.govreport.dsl.diff.ParagraphChange;
import org.govreport.dsl.diff.ParagraphChange.Kind;
import org.govreport.dsl.diff.ParagraphChange.Segment;
import org.govreport.dsl.diff.SectionProse;
import org.govreport.dsl.tests.Fixture;
import org.junit.jupiter.api.Test;

/** Changed paragraphs per section, character by character, with a similarity per section. */
class ProseDiffTest {

	private static final Fixture BASE = Fixture.consistent();

	@Test
	void aChangedParagraphIsDiffedCharacterByCharacter() {
		List<SectionProse> prose = DiffPairs.diff(BASE, BASE.replace("全年主动公开信息151条。", "全年主动公开信息160条。")).prose();
		assertEquals(1, prose.size());
		SectionProse section = prose.get(0);
		assertEquals("一", section.section());
		assertEquals("一、总体情况", section.heading());
		ParagraphChange paragraph = section.paragraphs().get(0);
		assertEquals("全年主动公开信息151条。", paragraph.oldText());
		assertEquals("全年主动公开信息160条。", paragraph.newText());
		assertEquals(List.of(new Segment(Kind.EQUAL, "全年主动公开信息1"), new Segment(Kind.DELETE, "51"),
				new Segment(Kind.INSERT, "60"), new Segment(Kind.EQUAL, "条。")), paragraph.segments());
		assertTrue(section.similarity().compareTo(new BigDecimal("0.9")) > 0, section.similarity()::toPlainString);
		assertTrue(section.similarity().compareTo(BigDecimal.ONE) < 0);
	}

	@Test
	void addedAndRemovedParagraphsStandAlone() {
		SectionProse section = DiffPairs
				.diff(BASE, BASE.replace("全年主动公开信息151条。\n", "全年主动公开信息151条。\n另发布微信信息20条。\n")).prose().get(0);
		ParagraphChange added = section.paragraphs().get(0);
		assertNull(added.oldText());
		assertEquals("另发布微信信息20条。", added.newText());
		SectionProse back = DiffPairs
				.diff(BASE.replace("全年主动公开信息151条。\n", "全年主动公开信息151条。\n另发布微信信息20条。\n"), BASE).prose().get(0);
		assertNull(back.paragraphs().get(0).newText());
	}

	@Test
	void thePrefaceIsASectionToo() {
		SectionProse preface = DiffPairs.diff(BASE, BASE.replace("编制本报告。」", "编制。」")).prose().get(0);
		assertEquals("前言", preface.heading());
	}

	@Test
	void indentationIsNoChange() {
		assertTrue(DiffPairs.diff(BASE, BASE.replace("全年主动公开信息151条。", "　　全年主动公开信息151条。")).prose().isEmpty());
	}
}
