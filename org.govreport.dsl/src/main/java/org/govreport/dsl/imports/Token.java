package org.govreport.dsl.imports;

import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Matcher;
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
		/** A number. */
		VALUE,
		/** A sum of money printed with its unit: {@code 251000元}, {@code 3.5万元}. */
		AMOUNT,
		NOT_APPLICABLE, BLANK, TEXT
	}

	private static final Pattern NUMBER = Pattern.compile("-?(?:[0-9]+|[0-9]{1,3}(?:,[0-9]{3})+)(?:\\.[0-9]+)?");
	private static final Pattern AMOUNT = Pattern.compile("(" + NUMBER.pattern() + ")(万?元)");
	/** Marks a publisher writes in a cell that does not apply. */
	private static final Set<String> NOT_APPLICABLE = Set.of("/", "\\", "-", "--", "—", "——", "–", "―", "─");

	static Token of(String raw, int line) {
		String text = raw.strip();
		if (text.isEmpty()) {
			return new Token(text, Kind.BLANK, line);
		}
		if (Nfkc.isIdeograph(text.charAt(0))) {
			return new Token(text, Kind.TEXT, line); // labels and prose: no number or mark starts with one
		}
		String plain = plainNumber(text);
		if (NOT_APPLICABLE.contains(plain)) {
			return new Token(text, Kind.NOT_APPLICABLE, line);
		}
		if (NUMBER.matcher(plain).matches()) {
			return new Token(text, Kind.VALUE, line);
		}
		return new Token(text, AMOUNT.matcher(plain).matches() ? Kind.AMOUNT : Kind.TEXT, line);
	}

	/** The number of a VALUE or AMOUNT token (thousands separators and unit removed). */
	BigDecimal value() {
		String number = kind == Kind.AMOUNT ? amount().group(1) : plainNumber(text);
		return new BigDecimal(number.replace(",", ""));
	}

	/** The unit of an AMOUNT token (元 or 万元). */
	String unit() {
		return amount().group(2);
	}

	private Matcher amount() {
		Matcher amount = AMOUNT.matcher(plainNumber(text));
		if (!amount.matches()) {
			throw new IllegalStateException("not an amount: " + text);
		}
		return amount;
	}

	/** The same cell, from line {@code index}. */
	Token onLine(int index) {
		return index == line ? this : new Token(text, kind, index);
	}

	/** Can stand in a cell: a number, a not-applicable mark or an empty cell. */
	boolean isCellLike() {
		return kind != Kind.TEXT;
	}

	private static String plainNumber(String text) {
		return GovReportValueConverters.withoutWhitespace(Nfkc.of(text).replace('\u2212', '-'));
	}
}
