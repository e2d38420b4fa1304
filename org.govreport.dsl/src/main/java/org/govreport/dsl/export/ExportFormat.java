package org.govreport.dsl.export;

import java.util.Arrays;
import java.util.Optional;

/** The formats a report exports to, by the file extension that names them on the command line. */
public enum ExportFormat {

	HTML("html"), DOCX("docx"), MARKDOWN("md"), JSON("json"), TEXT("txt");

	private final String extension;

	ExportFormat(String extension) {
		this.extension = extension;
	}

	public String extension() {
		return extension;
	}

	public static Optional<ExportFormat> byExtension(String extension) {
		return Arrays.stream(values()).filter(f -> f.extension.equalsIgnoreCase(extension.strip())).findFirst();
	}

	/**
	 * @param fragment for HTML: only the report's body, for pasting into a portal's content system
	 */
	public Exporter exporter(boolean fragment) {
		return switch (this) {
		case HTML -> new HtmlExporter(fragment);
		case DOCX -> new DocxExporter();
		case MARKDOWN -> new MarkdownExporter();
		case JSON -> new JsonExporter();
		case TEXT -> new TextExporter();
		};
	}
}
