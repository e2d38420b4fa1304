package org.govreport.dsl.export;

import java.util.regex.Pattern;

import com.google.common.escape.Escaper;
import com.google.common.escape.Escapers;

/**
 * Escapes text for GitHub-flavoured Markdown so that it reads as written: every character that could
 * start inline markup, raw HTML or an entity, or end a table cell, is backslash-escaped (CommonMark
 * allows it before any ASCII punctuation); so is a line start that would open a list, quote or heading.
 */
public final class MarkdownText {

	private static final Escaper INLINE = inline();
	private static final Pattern BLOCK_START = Pattern.compile("^(\\d+)([.)])|^([-+=])");

	private MarkdownText() {
	}

	/** Text inside a line: a heading, a table cell. */
	public static String escape(String text) {
		return text == null ? "" : INLINE.escape(text);
	}

	/** Text that starts a paragraph, where 1. or - would open a list. */
	public static String paragraph(String text) {
		return BLOCK_START.matcher(escape(text)).replaceFirst(
				m -> m.group(1) != null ? m.group(1) + "\\\\" + m.group(2) : "\\\\" + m.group(3));
	}

	private static Escaper inline() {
		Escapers.Builder builder = Escapers.builder();
		for (char c : "\\`*_[]<>&|~!#{}".toCharArray()) {
			builder.addEscape(c, "\\" + c);
		}
		return builder.build();
	}
}
