package org.govreport.dsl.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The organ, year and publishing date of a published report, from its title (重庆市…人民政府2025年政府信息
 * 公开工作年度报告, or the organ on the line above 2024年…年度报告), its date lines and its signature.
 */
final class ReportHead {

	private static final Pattern TITLE = Pattern.compile("(.*?)((?:19|20)[0-9]{2})年度?.*(政府信息公开|政务公开|信息公开).*报告.*");
	private static final Pattern YEAR = Pattern.compile("((?:19|20)[0-9]{2})年");
	/** The label of a page's index field (标题：, 名称：) in front of the title it holds. */
	private static final Pattern FIELD_LABEL = Pattern.compile("^\\s*[^:：\\s]{1,6}\\s*[:：]\\s*");
	/** A title that starts with its year: the organ stands between the year and 政府信息公开. */
	private static final Pattern ORGAN_AFTER_YEAR = Pattern.compile(
			"(?:19|20)[0-9]{2}\\s*年度?\\s*(.+?)\\s*(?:政府信息公开|政务公开|信息公开).*报告.*");
	private static final Pattern PUBLISHED = Pattern.compile("(?:发布|发文|成文)(?:时间|日期)[:]?((?:19|20)[0-9]{2})[-./年]([0-9]{1,2})[-./月]([0-9]{1,2})");
	private static final Pattern SIGNATURE_DATE = Pattern.compile("((?:19|20)[0-9]{2})年([0-9]{1,2})月([0-9]{1,2})日");
	/** The ending of an organ's name, for a name standing alone on a line. */
	private static final Pattern ORGAN = Pattern.compile(".{2,40}(政府|办事处|办公室|委员会|局|厅|委|院|署|中心|公司|管理处|办)");
	/** A date whose separators were lost (2026119): a signature line, but no date to read. */
	private static final Pattern BARE_DATE = Pattern.compile("(?:19|20)[0-9]{4,6}");
	private static final int MAX_TITLE_LINES = 8;
	/** Further down (a saved web page: the site's menus come first), only a line that is nothing but a title. */
	private static final Pattern TITLE_ALONE = Pattern.compile("[^，。；,;]*报告");

	String organ = "";
	int year;
	String date;
	boolean yearFromTitle;
	/** The head's lines before the title (index numbers, site menus); they are not the report's. */
	int titleStart;
	/** Lines of the head up to the end of the title (not preface). */
	int titleLines;

	/**
	 * Reads the title from the lines before section 一: one of the first lines, or further down a line that
	 * is a title and nothing else. The lines above it are not the report's (index numbers, site menus).
	 */
	void readTitle(List<String> head) {
		for (int i = 0; i < head.size(); i++) {
			String line = FIELD_LABEL.matcher(head.get(i)).replaceFirst("");
			String plain = LabelKeys.plain(line);
			Matcher m = TITLE.matcher(plain);
			if (!m.matches() || plain.length() > 80 || i >= MAX_TITLE_LINES && !TITLE_ALONE.matcher(plain).matches()) {
				continue;
			}
			year = Integer.parseInt(m.group(2));
			yearFromTitle = true;
			organ = verbatimBeforeYear(line, m.group(1));
			if (organ.isEmpty()) {
				organ = organAfterYear(line);
			}
			titleStart = i;
			titleLines = i + 1;
			if (organ.isEmpty() && i > 0 && isOrgan(head.get(i - 1))) {
				organ = head.get(i - 1).strip();
				titleStart = i - 1;
			}
			return;
		}
	}

	/** Whether a line is a title and nothing else (a saved page repeats the title under its heading). */
	static boolean isTitleAlone(String line) {
		String plain = LabelKeys.plain(line);
		return plain.length() <= 80 && TITLE.matcher(plain).matches() && TITLE_ALONE.matcher(plain).matches();
	}

	/** Whether a line is an organ's name standing alone. */
	static boolean isOrgan(String line) {
		return ORGAN.matcher(LabelKeys.plain(line)).matches();
	}

	/** The organ as published (full-width brackets, Traditional characters kept), when the digits allow. */
	private static String verbatimBeforeYear(String line, String plainOrgan) {
		Matcher m = YEAR.matcher(line);
		return m.find() ? line.substring(0, m.start()).strip() : plainOrgan;
	}

	/** The organ of a title that starts with its year (2019年上海市人民政府办公厅政府信息公开工作年度报告), or "". */
	private static String organAfterYear(String line) {
		Matcher m = ORGAN_AFTER_YEAR.matcher(line.strip());
		return m.matches() && isOrgan(m.group(1)) ? m.group(1).strip() : "";
	}

	/** A publishing date in a line (发布时间:2026-01-20), if there is none yet. */
	void readDate(String line) {
		Matcher m = PUBLISHED.matcher(LabelKeys.plain(line));
		if (date == null && m.find()) {
			date = date(m);
		}
	}

	/** Whether a closing line is the signature (organ name or date alone); reads it. */
	boolean readSignature(String line) {
		String plain = LabelKeys.plain(line);
		if (!organ.isEmpty() && plain.equals(LabelKeys.plain(organ))) {
			return true; // the organ as the title names it, whatever its shape (…某局（原网页未载明机关全称）)
		}
		Matcher d = SIGNATURE_DATE.matcher(plain);
		if (d.matches()) {
			if (date == null) {
				date = date(d);
			}
			return true;
		}
		if (BARE_DATE.matcher(plain).matches()) {
			return true;
		}
		if (ORGAN.matcher(plain).matches() && !plain.matches(".*[,.;:，。；：].*")) {
			if (organ.isEmpty()) {
				organ = line.strip();
			}
			return true;
		}
		return false;
	}

	/** Without a title: the year the text names most often. */
	void yearFromText(List<String> lines) {
		Map<Integer, Integer> counts = new HashMap<>();
		for (String line : lines) {
			Matcher m = YEAR.matcher(LabelKeys.plain(line));
			while (m.find()) {
				counts.merge(Integer.parseInt(m.group(1)), 1, Integer::sum);
			}
		}
		counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
				.thenComparing(Map.Entry.comparingByKey())).ifPresent(e -> year = e.getKey());
	}

	private static String date(Matcher m) {
		return m.group(1) + "-" + twoDigits(m.group(2)) + "-" + twoDigits(m.group(3));
	}

	/** A month or day as two digits ({@code 1} → {@code 01}), without String.format's parsing of a pattern. */
	private static String twoDigits(String digits) {
		int value = Integer.parseInt(digits);
		return value < 10 ? "0" + value : Integer.toString(value);
	}
}
