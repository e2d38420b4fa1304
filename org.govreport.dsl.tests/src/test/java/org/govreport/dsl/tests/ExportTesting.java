package org.govreport.dsl.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.govreport.dsl.export.ExportFormat;
import org.govreport.dsl.export.ReportDocument;
import org.govreport.dsl.govReport.Report;

/** One-call helpers for export tests: a fixture or a text, exported to a format, as text or parsed back. */
public final class ExportTesting {

	/** The fixture reports of the export tests. */
	public static final Path FIXTURES = Path.of("src/test/resources/export");

	private ExportTesting() {
	}

	public static Path fixture(String name) {
		return FIXTURES.resolve(name);
	}

	public static ReportDocument document(Path file) {
		return ReportDocument.of(ReportTesting.resolved((Report) ReportTesting.loader().load(file).getContents().get(0)));
	}

	public static ReportDocument document(String text) {
		return ReportDocument.of(ReportTesting.resolved(ReportTesting.report(text)));
	}

	public static byte[] export(Path file, ExportFormat format) {
		return format.exporter(false).export(document(file));
	}

	/** A text format's output as a string. */
	public static String exportText(Path file, ExportFormat format) {
		return new String(export(file, format), StandardCharsets.UTF_8);
	}

	public static XWPFDocument docx(Path file) {
		try {
			return new XWPFDocument(new ByteArrayInputStream(export(file, ExportFormat.DOCX)));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
