package org.govreport.dsl.tests.imports;

import java.nio.file.Path;

import org.govreport.dsl.service.FileFailure;
import org.govreport.dsl.service.PerFile;
import org.govreport.dsl.tests.ImportTesting;
import org.govreport.dsl.tests.LoggedErrors;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any bytes, imported as text, HTML, DOCX or JSON: a report or a refusal (ImportException), never another
 * exception. Every build runs the seed corpus (ImportFuzzTestInputs); a fixed number of fuzzed inputs runs
 * in verify, a million with -Pfuzz.
 */
class ImportFuzzTest {

	private static final String[] NAMES = { "report.txt", "report.html", "report.docx", "report.json" };

	private static final Path TARGET = Path.of("fuzz.govreport");

	@FuzzTest(maxDuration = "2h")
	void anyBytesAreImportedOrRefused(FuzzedDataProvider data) {
		String name = NAMES[data.consumeInt(0, NAMES.length - 1)];
		byte[] bytes = data.consumeRemainingAsBytes();
		LoggedErrors.failOn(() -> {
			try {
				PerFile.run(TARGET, () -> ImportTesting.importBytes(name, bytes, TARGET));
			} catch (FileFailure refused) {
				if (!FileFailure.NOT_IMPORTABLE.equals(refused.code())) {
					throw refused; // an internal error (F6) or anything but a refusal is a finding
				}
			}
		});
	}
}
