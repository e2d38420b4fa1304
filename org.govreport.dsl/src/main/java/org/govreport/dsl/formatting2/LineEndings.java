package org.govreport.dsl.formatting2;

/**
 * One line ending for a whole file: the one its first line ends with. The formatter writes \n where it
 * lays lines out and keeps the ending of lines it leaves alone, which would mix CRLF and LF in a Windows
 * file.
 */
final class LineEndings {

	private static final String CRLF = "\r\n";

	private LineEndings() {
	}

	/** {@code text} with every line ending made that of {@code original}'s first line. */
	static String like(String original, String text) {
		int firstBreak = original.indexOf('\n');
		boolean crlf = firstBreak > 0 && original.charAt(firstBreak - 1) == '\r';
		String lf = text.replace(CRLF, "\n");
		return crlf ? lf.replace("\n", CRLF) : lf;
	}
}
