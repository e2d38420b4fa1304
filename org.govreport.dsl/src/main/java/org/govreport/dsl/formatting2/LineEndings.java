package org.govreport.dsl.formatting2;

/**
 * One line ending for a whole file: the one its first line ends with. The formatter writes it where it
 * lays lines out (in the editor too, whose edits touch only those lines); a whole-file format also makes
 * the lines it leaves alone end the same, so a Windows file never mixes CRLF and LF.
 */
final class LineEndings {

	private static final String CRLF = "\r\n";

	private LineEndings() {
	}

	/** The line ending of {@code text}'s first line: CRLF or LF (LF for a text of one line). */
	static String of(String text) {
		int firstBreak = text.indexOf('\n');
		return firstBreak > 0 && text.charAt(firstBreak - 1) == '\r' ? CRLF : "\n";
	}

	/** {@code text} with every line ending made that of {@code original}'s first line. */
	static String like(String original, String text) {
		String lf = text.replace(CRLF, "\n");
		return of(original).equals(CRLF) ? lf.replace("\n", CRLF) : lf;
	}
}
