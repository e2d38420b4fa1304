package org.govreport.dsl.imports;

import java.text.Normalizer;

/**
 * Unicode NFKC, as {@link Normalizer} gives it, without the normaliser for the characters of nearly every
 * line of a report: ASCII, CJK ideographs and the punctuation around them are their own NFKC form, and a
 * full-width ASCII form or the ideographic space folds to one ASCII character. None of them combines with a
 * neighbour, so a text of only these folds character by character; any other text goes to the normaliser.
 */
public final class Nfkc {

	private Nfkc() {
	}

	public static String of(String text) {
		char[] folded = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			char f = fold(c);
			if (f == 0) {
				return Normalizer.normalize(text, Normalizer.Form.NFKC);
			}
			if (f != c) {
				if (folded == null) {
					folded = text.toCharArray();
				}
				folded[i] = f;
			}
		}
		return folded == null ? text : new String(folded);
	}

	/** A CJK unified ideograph: its own NFKC form, never part of a number or of white space. */
	static boolean isIdeograph(char c) {
		return c >= '\u4E00' && c <= '\u9FFF';
	}

	/** The character's NFKC form when it is one character that stands alone, else 0. */
	private static char fold(char c) {
		if (c >= ' ' && c <= '~' || c == '\t' || c == '\n' || c == '\r' || isIdeograph(c)) {
			return c;
		}
		if (c >= '\uFF01' && c <= '\uFF5E') {
			return (char) (c - 0xFEE0); // ！…～ → !…~
		}
		return switch (c) {
		case '\u3000' -> ' ';
		case '、', '。', '〈', '〉', '《', '》', '「', '」', '『', '』', '【', '】', '〔', '〕', '—', '‘', '’', '“', '”', '·' -> c;
		default -> 0;
		};
	}
}
