package org.govreport.dsl.export;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits prose into the blocks every export prints: each non-blank line is a block; a line that starts
 * with a bracketed Chinese numeral and holds no full sentence (（一）主动公开情况) is a sub-heading.
 */
public final class ProseBlocks {

	private static final Pattern SUBHEADING = Pattern.compile("^[（(][一二三四五六七八九十]+[）)][^。；;！？]*$");

	private ProseBlocks() {
	}

	public static List<ProseBlock> of(String prose) {
		if (prose == null) {
			return List.of();
		}
		return prose.lines().map(String::strip).filter(line -> !line.isEmpty())
				.map(line -> new ProseBlock(
						SUBHEADING.matcher(line).matches() ? ProseBlock.Kind.SUBHEADING : ProseBlock.Kind.PARAGRAPH,
						line))
				.toList();
	}
}
