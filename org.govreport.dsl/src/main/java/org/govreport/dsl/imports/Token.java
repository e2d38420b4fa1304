package org.govreport.dsl.imports;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Set;
import java.util.regex.Pattern;

import org.govreport.dsl.conversion.GovReportValueConverters;

/**
 * One cell of text in a table region: a number, a not-applicable mark, an empty cell between two
 * filled ones, or text (a label, a header, a fragment of a wrapped label, or something unreadable).
 *
 * @param text the cell as published (trimmed)
 * @param kind what it holds
 * @param line the index of the source line it comes from
 */
record Token(String text, Kind kind, int line) {

	enum Kind {
		VALUE, NOT_APPLICABLE, BLANK, TEXT
	}

	private static final Pattern NUMBER = Pattern.compile("-?(?:[0-9]+|[0-9]{1,3}(?:,[0-9]{3})+)(?:\\.[0-9]+)?");
	/** Marks a publisher writes in a cell that does not apply. */
	private static final Set<String> NOT_APPLICABLE = Set.of("/", "\\", "-", "--", "—", "——", "–", "―", "─");

	static Token of(String raw, int line) {
		String text = raw.strip();
		if (text.isEmpty()) {
			return new Token(text, Kind.BLANK, line);
		}
		String plain = plainNumber(text);
		if (NOT_APPLICABLE.contains(plain)) {
			return new Token(text, Kind.NOT_APPLICABLE, line);
		}
		return new Token(text, NUMBER.matcher(plain).matches() ? Kind.VALUE : Kind.TEXT, line);
	}

	/** The number of a VALUE token (thousands separators removed). */
	BigDecimal value() {
		return new BigDecimal(plainNumber(text).replace(",", ""));
	}

	/** Can stand in a cell: a number, a not-applicable mark or an empty cell. */
	boolean isCellLike() {
		return kind != Kind.TEXT;
	}

	private static String plainNumber(String text) {
		return GovReportValueConverters.withoutWhitespace(Normalizer.normalize(text, Normalizer.Form.NFKC).replace('\u2212', '-'));
	}
}
