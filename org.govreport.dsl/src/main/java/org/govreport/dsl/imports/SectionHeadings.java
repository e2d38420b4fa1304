package org.govreport.dsl.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govreport.dsl.form.Form;
import org.govreport.dsl.form.SectionSpec;

/**
 * Finds the six section headings in a published report: a line that starts with the section's numeral
 * (二、 二. 二，) and whose title is recognisably the form's (存在问题及改进措施 for 存在的主要问题及改进情况),
 * in ascending order. Table rows that look like headings (四、结转下年度继续办理) are told apart by the
 * form's own labels.
 */
final class SectionHeadings {

	/** A heading found at a line. */
	record Found(int line, SectionSpec spec, String text) {
	}

	private static final Pattern HEADING = Pattern.compile("^([一二三四五六七八九十])[、.,，:：](.{2,40})$");
	/** Share of the title's characters that must appear in the form's title. */
	private static final double SIMILARITY = 0.6;

	private SectionHeadings() {
	}

	static List<Found> find(List<String> lines, Form form, Set<String> rowAndGroupKeys, LineReadings readings) {
		List<Found> found = new ArrayList<>();
		int next = 0;
		for (int i = 0; i < lines.size() && next < form.sections().size(); i++) {
			String plain = readings.plain(lines.get(i));
			Matcher m = HEADING.matcher(plain);
			if (!m.matches() || rowAndGroupKeys.contains(LabelKeys.key(plain))) {
				continue;
			}
			for (int s = next; s < form.sections().size(); s++) {
				SectionSpec spec = form.sections().get(s);
				if (spec.number().equals(m.group(1)) && similar(m.group(2), spec.title())) {
					found.add(new Found(i, spec, lines.get(i).strip()));
					next = s + 1;
					break;
				}
			}
		}
		return found;
	}

	private static boolean similar(String published, String title) {
		String a = LabelKeys.key(published);
		String b = LabelKeys.key(title);
		if (a.isEmpty() || a.length() > 2 * b.length()) {
			return false;
		}
		long shared = a.chars().filter(c -> b.indexOf(c) >= 0).count();
		return shared >= SIMILARITY * a.length();
	}
}
