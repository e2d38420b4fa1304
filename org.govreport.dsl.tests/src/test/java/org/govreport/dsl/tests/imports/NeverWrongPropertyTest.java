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

import org.govreport.dsl.export.ExportFormat;
import org.govreport.dsl.export.ReportDocument;
import org.govreport.dsl.form.Form;
import org.govreport.dsl.form.Forms;
import org.govreport.dsl.imports.CanonicalCells;
import org.govreport.dsl.imports.ReportImport;
import org.govreport.dsl.tests.ImportTesting;
import org.govreport.dsl.tests.ReportTesting;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The importer's one promise, over generated reports: rendered through every export and then degraded
 * (flattened, a cell dropped, labels split, white space shuffled, lines wrapped, a row's digits run
 * together, saved in GBK), an import may leave a cell unknown but never writes a number the report does
 * not have in that cell. Undegraded exports come back whole.
 */
class NeverWrongPropertyTest {

	private static final int REPORTS = 12;
	private static final Form FORM = Forms.get().defaultForm();

	@TempDir
	Path temp;

	static LongStream seeds() {
		return LongStream.range(0, REPORTS);
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void noDegradationOfAnyExportMakesACellWrong(long seed) {
		String source = GeneratedReport.text(FORM, seed);
		Map<String, BigDecimal> published = CanonicalCells.of(ReportTesting.report(source));
		ReportDocument document = ReportDocument.of(ReportTesting.report(source));
		List<String> wrong = new ArrayList<>();
		List<String> incomplete = new ArrayList<>();
		for (ExportFormat format : ExportFormat.values()) {
			byte[] exported = format.exporter(false).export(document);
			boolean text = format == ExportFormat.HTML || format == ExportFormat.MARKDOWN || format == ExportFormat.TEXT;
			for (Degradation degradation : text ? List.of(Degradation.values()) : List.of(Degradation.NONE)) {
				byte[] input = text ? degradation.apply(new String(exported, StandardCharsets.UTF_8), format == ExportFormat.HTML,
						new Random(seed * 31 + degradation.ordinal())).getBytes(degradation.charset()) : exported;
				String name = "report." + format.extension();
				Map<String, BigDecimal> imported = ImportTesting.cells(ReportImport.of(name, input, temp.resolve("r.govreport")));
				int unknown = 0;
				for (Map.Entry<String, BigDecimal> cell : published.entrySet()) {
					BigDecimal got = imported.get(cell.getKey());
					if (got == null) {
						unknown++;
					} else if (got.compareTo(cell.getValue()) != 0) {
						wrong.add(format + "/" + degradation + ": " + cell.getKey() + " is " + cell.getValue() + ", imported " + got);
					}
				}
				if (degradation == Degradation.NONE && unknown > 0) {
					incomplete.add(format + ": " + unknown + " cells unknown");
				}
			}
		}
		assertTrue(wrong.isEmpty(), () -> "report " + seed + ":\n" + String.join("\n", wrong));
		assertTrue(incomplete.isEmpty(), () -> "report " + seed + " exported and imported back:\n" + String.join("\n", incomplete));
	}
}
