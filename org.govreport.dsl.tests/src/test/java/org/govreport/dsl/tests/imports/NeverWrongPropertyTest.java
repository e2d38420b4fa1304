package org.govreport.dsl.tests.imports;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.govreport.dsl.export.ExportFormat;
import org.govreport.dsl.export.ReportDocument;
import org.govreport.dsl.form.Forms;
import org.govreport.dsl.imports.CanonicalCells;
import org.govreport.dsl.imports.ReportImport;
import org.govreport.dsl.tests.ImportTesting;
import org.govreport.dsl.tests.ReportTesting;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The importer's one promise, over generated reports: rendered through every export and then degraded
 * (flattened, a cell dropped, labels split, white space shuffled, lines wrapped, a row's digits run
 * together, saved in GBK), an import may leave a cell unknown but never writes a number the report does
 * not have in that cell. Undegraded exports come back whole.
 */
class NeverWrongPropertyTest {

	/** Reports per format version of the form. */
	private static final int REPORTS = 8;

	@TempDir
	Path temp;

	static Stream<Arguments> reports() {
		return ReportTesting.forms().all().stream().flatMap(form -> LongStream.range(0, REPORTS).mapToObj(seed -> Arguments.of(form.format(), seed)));
	}

	@ParameterizedTest(name = "format {0}, report {1}")
	@MethodSource("reports")
	void noDegradationOfAnyExportMakesACellWrong(String format, long seed) {
		String source = GeneratedReport.text(ReportTesting.forms().form(format).orElseThrow(), seed);
		Map<String, BigDecimal> published = CanonicalCells.of(ReportTesting.resolved(ReportTesting.report(source)));
		ReportDocument document = ReportDocument.of(ReportTesting.resolved(ReportTesting.report(source)));
		List<String> wrong = new ArrayList<>();
		List<String> incomplete = new ArrayList<>();
		for (ExportFormat export : ExportFormat.values()) {
			byte[] exported = export.exporter(false).export(document);
			boolean text = export == ExportFormat.HTML || export == ExportFormat.MARKDOWN || export == ExportFormat.TEXT;
			for (Degradation degradation : text ? List.of(Degradation.values()) : List.of(Degradation.NONE)) {
				byte[] input = text ? degradation.apply(new String(exported, StandardCharsets.UTF_8), export == ExportFormat.HTML,
						new Random(seed * 31 + degradation.ordinal())).getBytes(degradation.charset()) : exported;
				String name = "report." + export.extension();
				Map<String, BigDecimal> imported = ImportTesting.cells(ImportTesting.importBytes(name, input, temp.resolve("r.govreport")));
				int unknown = 0;
				for (Map.Entry<String, BigDecimal> cell : published.entrySet()) {
					BigDecimal got = imported.get(cell.getKey());
					if (got == null) {
						unknown++;
					} else if (got.compareTo(cell.getValue()) != 0) {
						wrong.add(export + "/" + degradation + ": " + cell.getKey() + " is " + cell.getValue() + ", imported " + got);
					}
				}
				if (degradation == Degradation.NONE && unknown > 0) {
					incomplete.add(export + ": " + unknown + " cells unknown");
				}
			}
		}
		assertTrue(wrong.isEmpty(), () -> "format " + format + ", report " + seed + ":\n" + String.join("\n", wrong));
		assertTrue(incomplete.isEmpty(), () -> "format " + format + ", report " + seed + " exported and imported back:\n" + String.join("\n", incomplete));
	}
}
