package org.govreport.dsl.imports;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The matching key of a label: what is left of it when everything a publisher varies is taken away —
 * full-width vs half-width forms, Traditional characters, spaces inside words (自 然 人), item
 * numbering ((一), （一）, 1., 1、, 一、) and punctuation (quotes, brackets, colons). Two labels are the
 * same label when their keys are equal; the text itself is never changed by this.
 */
final class LabelKeys {

	/** Leading item numbering: 一、 (一) 1. 1、 (1) 第一 — one or more of them. */
	private static final Pattern NUMBERING = Pattern.compile(
			"^(?:[一二三四五六七八九十]+[、.,，]|[(（][一二三四五六七八九十0-9]+[)）]|[0-9]+(?:[、,，)）]|\\.(?![0-9])))+");

	/** Keys already computed: a table's cells are asked about many times while it is read. */
	private static final Map<String, String> KEYS = new ConcurrentHashMap<>();
	private static final int MAX_CACHED = 20_000;

	private LabelKeys() {
	}

	/** Full-width → half-width (NFKC), Traditional → Simplified, spaces removed; punctuation kept. */
	static String plain(String text) {
		String nfkc = Nfkc.of(text);
		// An array, not a StringBuilder: a builder starts with one byte per character and copies itself
		// over at the first ideograph.
		char[] out = new char[nfkc.length()];
		int length = 0;
		for (int i = 0; i < nfkc.length(); i++) {
			char c = nfkc.charAt(i);
			if (!isSpace(c)) {
				out[length++] = Traditional.simplified(c);
			}
		}
		return new String(out, 0, length);
	}

	/** White space, the no-break space included; printable ASCII and the ideographs answered without Unicode's tables. */
	private static boolean isSpace(char c) {
		if (c > ' ' && c < '\u007F' || Nfkc.isIdeograph(c)) {
			return false;
		}
		return Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000';
	}

	/** The key: {@link #plain} without leading numbering and without anything but letters and digits. */
	static String key(String text) {
		String cached = KEYS.get(text);
		if (cached != null) {
			return cached;
		}
		if (KEYS.size() > MAX_CACHED) {
			KEYS.clear();
		}
		String key = computeKey(text);
		KEYS.put(text, key);
		return key;
	}

	private static String computeKey(String text) {
		String plain = NUMBERING.matcher(plain(text)).replaceFirst("");
		char[] out = new char[plain.length()];
		int length = 0;
		for (int i = 0; i < plain.length(); i++) {
			char c = plain.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				out[length++] = c;
			}
		}
		return new String(out, 0, length);
	}

	/** Whether a text starts with item numbering ((一), 1., 一、) once normalised. */
	static boolean startsWithNumbering(String text) {
		return NUMBERING.matcher(plain(text)).find();
	}
}
