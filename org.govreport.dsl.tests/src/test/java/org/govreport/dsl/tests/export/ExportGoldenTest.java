package org.govreport.dsl.tests.export;

import org.govreport.dsl.tests.ExportTesting;
import org.govreport.dsl.tests.ReportTesting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlOptions;
import org.govreport.dsl.export.ExportFormat;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every fixture and every report under examples/ exported to every format and compared with the
 * reviewed output under src/test/resources/golden/ (for DOCX, its word/document.xml). After a deliberate
 * change, regenerate and review the diff:
 * {@code mvn -B verify -pl org.govreport.dsl.tests -am -Dtest=ExportGoldenTest -Dgolden.update=true}.
 */
class ExportGoldenTest {

	private static final Path GOLDEN = Path.of("src/test/resources/golden");
	private static final boolean UPDATE = Boolean.getBoolean("golden.update");

	@TestFactory
	Stream<DynamicTest> exportsMatchTheReviewedFiles() throws IOException {
		List<DynamicTest> tests = new ArrayList<>();
		for (Path report : reports()) {
			for (ExportFormat format : ExportFormat.values()) {
				Path golden = goldenFile(report, format);
				tests.add(DynamicTest.dynamicTest(golden.toString(), () -> compare(report, format, golden)));
			}
		}
		return tests.stream();
	}

	private static void compare(Path report, ExportFormat format, Path golden) throws IOException {
		String actual = readable(ExportTesting.export(report, format), format);
		if (UPDATE) {
			Files.createDirectories(golden.getParent());
			Files.writeString(golden, actual, StandardCharsets.UTF_8);
			return;
		}
		assertTrue(Files.exists(golden), () -> golden + " is missing: run with -Dgolden.update=true and review it");
		assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual,
				() -> golden + " differs: if the change is meant, regenerate with -Dgolden.update=true and review the diff");
	}

	/** Text formats as they are; a DOCX as its main part, pretty-printed, so that a diff shows what changed. */
	private static String readable(byte[] bytes, ExportFormat format) throws IOException {
		if (format != ExportFormat.DOCX) {
			return new String(bytes, StandardCharsets.UTF_8);
		}
		try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes))) {
			return docx.getDocument().xmlText(new XmlOptions().setSavePrettyPrint().setSavePrettyPrintIndent(1)) + "\n";
		}
	}

	private static List<Path> reports() throws IOException {
		List<Path> reports = new ArrayList<>();
		try (Stream<Path> fixtures = Files.list(ExportTesting.FIXTURES)) {
			fixtures.filter(p -> p.toString().endsWith(".govreport")).sorted().forEach(reports::add);
		}
		if (Files.isDirectory(Path.of("..", "examples"))) {
			reports.addAll(ReportTesting.examples());
		}
		return reports;
	}

	/** fixtures: golden/NAME.EXT; examples: golden/examples/PATH/NAME.EXT (DOCX: NAME.docx.xml). */
	private static Path goldenFile(Path report, ExportFormat format) {
		Path examples = Path.of("..", "examples");
		Path relative = report.startsWith(examples) ? Path.of("examples").resolve(examples.relativize(report))
				: report.getFileName();
		String name = relative.getFileName().toString().replaceFirst("\\.govreport$", "") + "." + format.extension()
				+ (format == ExportFormat.DOCX ? ".xml" : "");
		return GOLDEN.resolve(relative.resolveSibling(name));
	}
}
