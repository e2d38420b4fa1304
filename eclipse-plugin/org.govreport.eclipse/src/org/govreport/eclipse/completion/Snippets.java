package org.govreport.eclipse.completion;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * LSP snippet syntax as plain text, for an editor without snippet mode: {@code ${1:text}} becomes
 * its text, {@code $1} and {@code $0} nothing, {@code \$ \} \\} their character.
 */
final class Snippets {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{\\d+(?::((?:\\\\.|[^}\\\\])*))?\\}|\\$\\d+|\\\\([$}\\\\])");

	private Snippets() {
	}

	static String plain(String snippet) {
		Matcher m = PLACEHOLDER.matcher(snippet);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String replacement = m.group(2) != null ? m.group(2) : m.group(1) != null ? plain(m.group(1)) : "";
			m.appendReplacement(out, Matcher.quoteReplacement(replacement));
		}
		return m.appendTail(out).toString();
	}

	/** Where the cursor goes in the inserted text: the first tab stop, else the end. */
	static int cursor(String snippet, String inserted) {
		int stop = snippet.indexOf("${1");
		if (stop < 0) {
			stop = snippet.indexOf("$1");
		}
		if (stop < 0 || snippet.equals(inserted)) {
			return inserted.length();
		}
		return plain(snippet.substring(0, stop)).length();
	}
}
