package org.govreport.dsl.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The preface among the lines between a report's title and section 一. A saved web page puts its own
 * lines there first — share buttons and version links (微信 微博 QQ空间, 文字版, 相关链接：), index fields
 * (索引号：…), the title again — and none of them is a sentence. So up to the report's first sentence a
 * line of such a shape is furniture; any other line there (a date, the organ's name) is the report's own
 * and stays, and from the first sentence on every line is preface.
 *
 * @param text      the preface, line by line
 * @param furniture the lines left out, for the closing comments
 */
record Preface(List<String> text, List<String> furniture) {

	/** Punctuation inside or at the end of a sentence (after full-width → half-width folding). */
	private static final Pattern SENTENCE = Pattern.compile(".*[。,;!?、].*");
	/** A short label with its colon, alone or with a value: 相关链接：, 索引号：…, 发布机构：… */
	private static final Pattern LABEL = Pattern.compile("[^:]{1,6}:.*");
	/** What separates a page's buttons: spaces and the brackets around them (【打印】【关闭】). */
	private static final Pattern BUTTON_GAPS = Pattern.compile("[\\s\\u00A0\\u3000【】\\[\\]|]+");
	/** The longest button: 文件下载, QQ空间. */
	private static final int BUTTON_LENGTH = 4;

	static Preface of(List<String> lines) {
		int firstSentence = 0;
		while (firstSentence < lines.size() && !SENTENCE.matcher(LabelKeys.plain(lines.get(firstSentence))).matches()) {
			firstSentence++;
		}
		List<String> text = new ArrayList<>();
		List<String> furniture = new ArrayList<>();
		for (int i = 0; i < firstSentence; i++) {
			boolean splitTitle = i > 0 && ReportHead.isTitleAlone(lines.get(i - 1) + lines.get(i))
					|| i + 1 < firstSentence && ReportHead.isTitleAlone(lines.get(i) + lines.get(i + 1));
			(splitTitle || isFurniture(lines.get(i)) ? furniture : text).add(lines.get(i));
		}
		text.addAll(lines.subList(firstSentence, lines.size()));
		return new Preface(List.copyOf(text), List.copyOf(furniture));
	}

	/** A line that is no sentence: the title again, a label, or nothing but short words (buttons). */
	private static boolean isFurniture(String line) {
		return ReportHead.isTitleAlone(line) || LABEL.matcher(LabelKeys.plain(line)).matches() || isButtons(line);
	}

	/** Short words without digits (全真版, 微信 微博 QQ空间, 字号 大 中 小); a short organ's name (财政局) is no button. */
	private static boolean isButtons(String line) {
		String folded = Nfkc.of(line).strip();
		return !folded.isEmpty() && !ReportHead.isOrgan(line) && Arrays.stream(BUTTON_GAPS.split(folded))
				.allMatch(word -> word.codePointCount(0, word.length()) <= BUTTON_LENGTH && word.chars().noneMatch(Character::isDigit));
	}
}
