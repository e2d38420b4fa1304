package org.govreport.dsl.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.govreport.dsl.form.Forms;

/**
 * Imports one published report — plain text, HTML, Word (.docx), pdftotext output or canonical JSON —
 * into .govreport text. The import service formats it and serves {@code govreport import} and
 * {@code govreport audit}.
 */
public final class ReportImport {

	/**
	 * @param report  what was read
	 * @param text    the .govreport text
	 * @param notes   every cell or fact not taken over exactly (also written as comments in the text)
	 * @param charset the encoding the input was read in, or null for binary inputs
	 */
	public record Result(ImportedReport report, String text, List<ImportNote> notes, String charset) {

		/** Whether some table cell is ? because it could not be read or is not in the source. */
		public boolean hasGaps() {
			return notes.stream().anyMatch(ImportNote::isGap);
		}

		/** The same import with its text in another layout. */
		public Result withText(String layout) {
			return new Result(report, layout, notes, charset);
		}
	}

	private final ImportForms forms;

	public ReportImport(Forms forms) {
		this.forms = new ImportForms(forms);
	}

	/**
	 * Imports the bytes of a file named {@code name}.
	 *
	 * @throws ImportException when the file is in no format the importer knows
	 */
	public Result read(String name, byte[] bytes) {
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".pdf")) {
			throw new ImportException("PDF 文件请先转为文本再导入：pdftotext -layout 报告.pdf 报告.txt（或不加 -layout）");
		}
		if (lower.endsWith(".doc") || lower.endsWith(".wps")) {
			throw new ImportException("旧版 Word（.doc/.wps）文件请先另存为 .docx 再导入");
		}
		if (bytes.length == 0) {
			throw new ImportException("文件是空的，没有可导入的内容");
		}
		ImportedReport report;
		String charset = null;
		if (lower.endsWith(".docx") || isZip(bytes)) {
			report = TextImport.read(DocxLines.of(bytes), forms);
		} else {
			TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
			charset = decoded.charset();
			String text = decoded.text();
			ReadableText.require(text);
			if (lower.endsWith(".json") || text.stripLeading().startsWith("{")) {
				report = JsonImport.read(text, forms.forms());
			} else if (MarkdownLines.is(lower, text)) {
				report = TextImport.read(MarkdownLines.of(text), forms);
			} else if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")
					|| looksLikeHtml(text)) {
				report = TextImport.read(HtmlLines.of(text), forms);
			} else {
				report = TextImport.read(lines(text), forms);
			}
		}
		ReportWriter.Written written = ReportWriter.write(report, name + (charset == null ? "" : "（" + charset + "）"));
		List<ImportNote> notes = new ArrayList<>(report.notes());
		notes.addAll(written.notes());
		return new Result(report, written.text(), List.copyOf(notes), charset);
	}

	/** Where {@code govreport import} writes a file by default: beside it, as NAME.govreport. */
	public static Path target(Path input) {
		String name = input.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return input.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".govreport");
	}

	/**
	 * The lines of a text: CR LF, LF, CR, pdftotext's form feeds (page breaks) and Unicode's line and paragraph
	 * separators each end one. A last, unterminated line is a line, an empty one included, as in
	 * {@code split(…, -1)} (a loop: the regular expression was a measurable part of an import).
	 */
	static List<String> lines(String text) {
		List<String> lines = new ArrayList<>();
		for (int start = 0; start >= 0;) {
			int end = lineEnd(text, start);
			lines.add(text.substring(start, end));
			start = nextLine(text, end);
		}
		return lines;
	}

	/** Where the line that starts at {@code start} ends: at its line break, or at the end of the text. */
	static int lineEnd(String text, int start) {
		for (int i = start; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r' || c == '\f' || c == '\u2028' || c == '\u2029') {
				return i;
			}
		}
		return text.length();
	}

	/** Where the line after the one ending at {@code end} starts; -1 after the last line. */
	static int nextLine(String text, int end) {
		if (end >= text.length()) {
			return -1;
		}
		return text.charAt(end) == '\r' && end + 1 < text.length() && text.charAt(end + 1) == '\n' ? end + 2 : end + 1;
	}

	private static boolean isZip(byte[] bytes) {
		return bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
	}

	private static boolean looksLikeHtml(String text) {
		String start = text.substring(0, Math.min(text.length(), 4000)).toLowerCase(Locale.ROOT);
		return start.contains("<html") || start.contains("<body") || start.contains("<table") || start.contains("<p>")
				|| start.contains("<div");
	}
}
