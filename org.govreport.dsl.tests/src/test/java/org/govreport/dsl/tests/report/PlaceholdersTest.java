package org.govreport.dsl.tests.report;

import org.govreport.dsl.tests.ReportTesting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.govreport.dsl.form.Form;
import org.govreport.dsl.form.Forms;
import org.govreport.dsl.report.Placeholders;
import org.govreport.dsl.report.Placeholders.Placeholder;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {

	private final Form form = ReportTesting.forms().defaultForm();

	private String idOf(String key) {
		return Placeholders.resolve(form, key).map(c -> c.id()).orElse("(none)");
	}

	@Test
	void resolvesLabelsShortLabelsAndCanonicalIds() {
		assertEquals("requests.new.total", idOf("本年新收·总计"));
		assertEquals("requests.new.total", idOf("新收.总计"));
		assertEquals("requests.new.total", idOf("requests.new.total"));
		assertEquals("requests.denied.state_secret.natural_person", idOf("不予公开·国家秘密·自然人"));
		assertEquals("requests.denied.state_secret.natural_person", idOf("requests.denied.state_secret.natural_person"));
		assertEquals("proactive.licensing.decisions", idOf("行政许可"));
		assertEquals("appeals.review.total", idOf("行政复议·总计"));
	}

	@Test
	void leavesAmbiguousAndUnknownKeysUnresolved() {
		assertEquals("(none)", idOf("不予公开·总计"));
		assertEquals("(none)", idOf("本年新收"));
		assertEquals("(none)", idOf("requests.nothing.total"));
		assertEquals("(none)", idOf("天气·晴"));
	}

	@Test
	void findsPlaceholdersWithTheirOffsets() {
		String prose = "共收到申请{本年新收·总计}件，{未知}件。";
		List<Placeholder> found = Placeholders.find(form, prose);
		assertEquals(2, found.size());
		assertEquals(5, found.get(0).start());
		assertEquals("{本年新收·总计}", prose.substring(found.get(0).start(), found.get(0).end()));
		assertTrue(found.get(0).isResolved());
		assertFalse(found.get(1).isResolved());
	}

	@Test
	void substitutesKnownValuesAndKeepsTheRest() {
		String out = Placeholders.substitute(form, "收到{本年新收·总计}件，{未知}件",
				p -> p.isResolved() ? java.util.Optional.of("7") : java.util.Optional.empty());
		assertEquals("收到7件，{未知}件", out);
	}

	@Test
	void writesThePlaceholderOfACell() {
		assertEquals("{本年新收·总计}", Placeholders.placeholderFor(form.cell("requests.new.total").orElseThrow()));
	}
}
