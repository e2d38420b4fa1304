package org.govreport.dsl.tests.export;

import org.govreport.dsl.tests.ExportTesting;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.govreport.dsl.export.ExportFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every format fills prose placeholders through the runtime's Placeholders, the same the validator reads. */
class ExportPlaceholdersTest {

	/** The fixture with a preface naming cells in each way a writer may: short label, full label, canonical id, unknown. */
	private static String report() throws IOException {
		String text = Files.readString(ExportTesting.fixture("东风镇.govreport"), StandardCharsets.UTF_8);
		return text.replaceFirst("前言 「[^」]*」",
				"前言 「新收{新收·总计}件，结转{上年结转·总计}件，下年{requests.carried_forward.total}件，另{没有这一格}。」");
	}

	/** The exported file as text a reader sees (Markdown rendered by CommonMark, a DOCX through POI's text extractor). */
	private static String exported(ExportFormat format) throws IOException {
		byte[] bytes = format.exporter(false).export(ExportTesting.document(report()));
		if (format == ExportFormat.MARKDOWN) {
			return TextContentRenderer.builder().build()
					.render(Parser.builder().build().parse(new String(bytes, StandardCharsets.UTF_8)));
		}
		if (format != ExportFormat.DOCX) {
			return new String(bytes, StandardCharsets.UTF_8);
		}
		try (XWPFWordExtractor extractor = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(bytes)))) {
			return extractor.getText();
		}
	}

	@ParameterizedTest
	@EnumSource(ExportFormat.class)
	void numbersReplaceKnownPlaceholdersAndUnknownOnesStayAsWritten(ExportFormat format) throws IOException {
		String text = exported(format);
		assertTrue(text.contains("新收6件，结转1件，下年1件，另{没有这一格}。"), text);
		assertFalse(text.contains("{新收") || text.contains("{上年") || text.contains("{requests"), "no known placeholder left");
	}
}
