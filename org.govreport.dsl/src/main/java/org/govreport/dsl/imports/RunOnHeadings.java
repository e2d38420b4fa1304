package org.govreport.dsl.imports;

import java.util.ArrayList;
import java.util.List;

import org.govreport.dsl.form.Form;
import org.govreport.dsl.form.SectionSpec;

/**
 * Section headings run into the text around them (a page that joined its paragraphs:
 * {@code …工作质效。二、主动公开政府信息情况本年度…}) put on lines of their own, so that the sections and
 * their tables are found. A heading is split off only where a sentence has ended and the numeral is
 * followed by a section title of the form, word for word; every character stays, in order.
 */
final class RunOnHeadings {

	/** What ends the text before a run-on heading: the end of a sentence or of a bracketed aside. */
	private static final String SENTENCE_ENDS = "。；！？!?;」』”）)";

	/** A line longer than this is no heading line ({@link SectionHeadings}' limit, with the numeral). */
	private static final int MAX_HEADING = 42;

	private RunOnHeadings() {
	}

	static List<String> split(List<String> lines, Form form) {
		List<String> out = new ArrayList<>(lines.size());
		for (String line : lines) {
			splitLine(line, form, out);
		}
		return out;
	}

	private static void splitLine(String line, Form form, List<String> out) {
		if (line.indexOf('、') < 0) {
			out.add(line); // every heading has one (一、)
			return;
		}
		int start = 0;
		int first = line.length() - line.stripLeading().length();
		int end = headingEnd(line, first, form);
		if (end > 0 && line.strip().length() > MAX_HEADING) {
			out.add(line.substring(0, end)); // a heading that starts a paragraph too long to be a heading line
			start = end;
		}
		for (int i = Math.max(start, 1); i < line.length() - 2; i++) {
			end = headingEnd(line, i, form);
			if (end > 0 && SENTENCE_ENDS.indexOf(line.charAt(i - 1)) >= 0 && !line.substring(0, i).isBlank()) {
				out.add(line.substring(start, i));
				out.add(line.substring(i, end));
				start = end;
				i = end - 1;
			}
		}
		if (start < line.length() || start == 0) {
			out.add(line.substring(start));
		}
	}

	/** Where a heading that starts at {@code i} (numeral, 、, a form's title) ends, or -1. */
	private static int headingEnd(String line, int i, Form form) {
		if (i + 1 >= line.length() || "一二三四五六".indexOf(line.charAt(i)) < 0 || line.charAt(i + 1) != '、') {
			return -1;
		}
		for (SectionSpec section : form.sections()) {
			if (section.number().charAt(0) == line.charAt(i) && line.startsWith(section.title(), i + 2)) {
				return i + 2 + section.title().length();
			}
		}
		return -1;
	}
}
