package org.govreport.dsl.tests.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.govreport.dsl.export.ExportFormat;
import org.govreport.dsl.imports.CanonicalCells;
import org.govreport.dsl.tests.ExportTesting;
import org.govreport.dsl.tests.GeneratedReports;
import org.govreport.dsl.tests.ImportTesting;
import org.govreport.dsl.tests.ReportTesting;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Export, then import what was exported: every cell comes back, in every format the importer reads. */
class RoundTripProperties {

	private static final ExportFormat[] FORMATS = { ExportFormat.HTML, ExportFormat.DOCX, ExportFormat.JSON,
			ExportFormat.TEXT };

	@Property(tries = 100)
	void exportThenImportGivesTheSameCells(@ForAll("reports") String text, @ForAll @IntRange(max = 3) int which) {
		ExportFormat format = FORMATS[which];
		byte[] exported = format.exporter(false).export(ExportTesting.document(text));
		var imported = ImportTesting.importBytes("report." + format.extension(), exported, Path.of("round-trip.govreport"));
		assertEquals(CanonicalCells.of(ReportTesting.resolved(ReportTesting.report(text))), ImportTesting.cells(imported),
				format.name());
	}

	@Provide
	Arbitrary<String> reports() {
		return GeneratedReports.reports();
	}
}
