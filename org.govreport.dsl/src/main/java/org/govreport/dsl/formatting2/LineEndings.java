package org.govreport.dsl.formatting2;

import java.util.regex.Pattern;

/**
 * One line ending for a whole file: the one its first line ends with. The formatter writes it where it
 * lays lines out (in the editor too, whose edits touch only those lines); a whole-file format also makes
 * the lines it leaves alone end the same, so a Windows file never mixes CRLF and LF.
 */
final class LineEndings {

	private static final String CRLF = "\r\n";
	private static final Pattern CRS_THEN_LF = Pattern.compile("\r+\n");

	private LineEndings() {
	}

	/** The line ending of {@code text}'s first line: CRLF or LF (LF for a text of one line). */
	static String of(String text) {
		int firstBreak = text.indexOf('\n');
		return firstBreak > 0 && text.charAt(firstBreak - 1) == '\r' ? CRLF : "\n";
	}

	/**
	 * {@code text} with every line ending made that of {@code original}'s first line. Carriage returns just
	 * before a line ending go with it: one left there would read as CRLF the next time, and a second
	 * formatting would change the file again.
	 */
	static String like(String original, String text) {
		String lf = CRS_THEN_LF.matcher(text).replaceAll("\n");
		return of(original).equals(CRLF) ? lf.replace("\n", CRLF) : lf;
	}
}
