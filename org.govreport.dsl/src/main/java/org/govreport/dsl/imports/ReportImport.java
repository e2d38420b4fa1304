package org.govreport.dsl.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.xtext.resource.XtextResource;
import org.govreport.dsl.cli.ReportLoader;
import org.govreport.dsl.formatting2.ReportFormatting;

/**
 * Imports one published report — plain text, HTML, Word (.docx), pdftotext output or canonical JSON —
 * into .govreport text, formatted canonically. The entry point of {@code govreport import} and
 * {@code govreport audit}.
 */
public final class ReportImport {

	/**
	 * @param report  what was read
	 * @param text    the .govreport text, formatted canonically
	 * @param notes   every cell or fact not taken over exactly (also written as comments in the text)
	 * @param charset the encoding the input was read in, or null for binary inputs
	 */
	public record Result(ImportedReport report, String text, List<ImportNote> notes, String charset) {

		/** Whether some table cell is ? because it could not be read or is not in the source. */
		public boolean hasGaps() {
			return notes.stream().anyMatch(ImportNote::isGap);
		}
	}

	private ReportImport() {
	}

	/** @throws ImportException when the file cannot be read or is in no format the importer knows */
	public static Result of(Path input) {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(input);
		} catch (IOException e) {
			throw new ImportException("无法读取文件：" + e.getMessage(), e);
		}
		return of(input.getFileName().toString(), bytes, target(input));
	}

	/**
	 * Imports the bytes of a file named {@code name}; {@code target} is where the .govreport file will
	 * live (relative references resolve from there).
	 */
	public static Result of(String name, byte[] bytes, Path target) {
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".pdf")) {
			throw new ImportException("PDF 文件请先转为文本再导入：pdftotext -layout 报告.pdf 报告.txt（或不加 -layout）");
		}
		if (lower.endsWith(".doc") || lower.endsWith(".wps")) {
			throw new ImportException("旧版 Word（.doc/.wps）文件请先另存为 .docx 再导入");
		}
		ImportedReport report;
		String charset = null;
		if (lower.endsWith(".docx") || isZip(bytes)) {
			report = TextImport.read(DocxLines.of(bytes));
		} else {
			TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
			charset = decoded.charset();
			String text = decoded.text();
			if (lower.endsWith(".json") || text.stripLeading().startsWith("{")) {
				report = JsonImport.read(text);
			} else if (MarkdownLines.is(lower, text)) {
				report = TextImport.read(MarkdownLines.of(text));
			} else if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")
					|| looksLikeHtml(text)) {
				report = TextImport.read(HtmlLines.of(text));
			} else {
				report = TextImport.read(lines(text));
			}
		}
		ReportWriter.Written written = ReportWriter.write(report, name + (charset == null ? "" : "（" + charset + "）"));
		List<ImportNote> notes = new ArrayList<>(report.notes());
		notes.addAll(written.notes());
		return new Result(report, format(target, written.text()), List.copyOf(notes), charset);
	}

	/** Where {@code govreport import} writes a file by default: beside it, as NAME.govreport. */
	public static Path target(Path input) {
		String name = input.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return input.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".govreport");
	}

	/** The lines of a text; pdftotext's form feeds (page breaks) end lines too. */
	static List<String> lines(String text) {
		return Arrays.asList(text.split("\\r\\n|[\\r\\n\\f\\u2028\\u2029]", -1));
	}

	private static String format(Path target, String text) {
		XtextResource resource = ReportLoader.parse(target, text);
		if (resource.getParseResult().hasSyntaxErrors()) {
			return text; // check will show where; the importer never drops text to make it parse
		}
		return ReportLoader.injector().getInstance(ReportFormatting.class).format(resource);
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
