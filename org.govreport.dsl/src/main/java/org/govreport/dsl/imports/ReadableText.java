package org.govreport.dsl.imports;

/**
 * Refuses a decoded input that is no report text at all: empty, or binary (a program, an image, NUL
 * bytes) that some encoding happened to decode. Importing such a file would only produce an empty report
 * and hundreds of errors.
 */
final class ReadableText {

	/** Published text has next to no control characters; binary decoded as text is full of them. */
	private static final double MAX_CONTROL_SHARE = 0.01;

	private ReadableText() {
	}

	/** @throws ImportException when the text is empty or looks binary */
	static void require(String text) {
		if (text.isBlank()) {
			throw new ImportException("文件是空的（或只有空白），没有可导入的内容");
		}
		int odd = 0;
		for (int i = 0; i < text.length(); i++) {
			if (isOdd(text.charAt(i))) {
				odd++;
			}
		}
		if (odd > text.length() * MAX_CONTROL_SHARE) {
			throw new ImportException("不是文本文件（含有大量控制字符，可能是程序、图片或已损坏的文件），无法导入");
		}
	}

	private static boolean isOdd(char c) {
		if (c >= ' ' && c <= '~' || c >= '\u4E00' && c <= '\u9FA5') {
			return false; // printable ASCII and the ideographs every Unicode version has assigned
		}
		int type = Character.getType(c);
		boolean control = type == Character.CONTROL && c != '\t' && c != '\n' && c != '\r' && c != '\f';
		return control || type == Character.UNASSIGNED || type == Character.SURROGATE || type == Character.PRIVATE_USE;
	}
}
