package org.govreport.dsl.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Traditional → Simplified characters, for matching the form's labels on mirror sites that print
 * 政府資訊公開 instead of 政府信息公开. Only the characters of the labels and of the report's fixed
 * words are listed ({@code traditional.txt}); prose is never converted.
 */
final class Traditional {

	/** Indexed by character, every character of every line of a page is looked up: a table, not a map of boxes. */
	private static final char[] SIMPLIFIED = load();

	private Traditional() {
	}

	static char simplified(char c) {
		return SIMPLIFIED[c];
	}

	static String simplified(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			out.append(simplified(text.charAt(i)));
		}
		return out.toString();
	}

	private static char[] load() {
		char[] table = new char[Character.MAX_VALUE + 1];
		for (int c = 0; c < table.length; c++) {
			table[c] = (char) c;
		}
		try (BufferedReader in = new BufferedReader(new InputStreamReader(
				Traditional.class.getResourceAsStream("traditional.txt"), StandardCharsets.UTF_8))) {
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				if (line.length() == 2 && !line.startsWith("#")) {
					table[line.charAt(0)] = line.charAt(1);
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException("traditional.txt cannot be read", e);
		}
		return table;
	}
}
