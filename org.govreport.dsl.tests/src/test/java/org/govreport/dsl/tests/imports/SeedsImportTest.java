package org.govreport.dsl.tests.imports;

import org.govreport.dsl.tests.ImportTesting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.govreport.dsl.imports.ReportImport;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Opt-in (mvn -Pseeds): the real published reports of shared/seeds import with every table number equal
 * to the published one (seeds-expected.tsv). The seeds are read from -Dgovreport.seeds, or from
 * ../shared/seeds or ../../shared/seeds beside the repository; users' clones have none, so the default
 * build never runs this.
 */
@EnabledIfSystemProperty(named = "govreport.seeds.enabled", matches = "true")
class SeedsImportTest {

	record Seed(String file, String organ, int year, String format, Map<String, BigDecimal> nonZero) {
		@Override
		public String toString() {
			return file;
		}
	}

	static List<Seed> seeds() {
		List<Seed> seeds = new ArrayList<>();
		for (String line : ImportTesting.read(ImportTesting.FIXTURES.resolve("seeds-expected.tsv")).split("\n")) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] f = line.split("\t", -1);
			Map<String, BigDecimal> cells = new HashMap<>();
			for (String cell : f[4].split(" ")) {
				if (!cell.isBlank()) {
					cells.put(cell.substring(0, cell.indexOf('=')), new BigDecimal(cell.substring(cell.indexOf('=') + 1)));
				}
			}
			seeds.add(new Seed(f[0], f[1], Integer.parseInt(f[2]), f[3], cells));
		}
		return seeds;
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void everyTableNumberIsThePublishedOne(Seed seed) {
		ReportImport.Result result = ImportTesting.importFile(folder().resolve(seed.file()));
		assertEquals(seed.organ(), result.report().organ());
		assertEquals(seed.year(), result.report().year());
		assertEquals(seed.format(), result.report().form().format());
		assertFalse(result.hasGaps(), () -> result.notes().toString());
		Map<String, BigDecimal> cells = ImportTesting.cells(result);
		List<String> wrong = new ArrayList<>();
		cells.forEach((id, value) -> {
			BigDecimal expected = seed.nonZero().getOrDefault(id, BigDecimal.ZERO);
			if (value == null || value.compareTo(expected) != 0) {
				wrong.add(id + ": published " + expected + ", imported " + value);
			}
		});
		assertTrue(wrong.isEmpty(), () -> String.join("\n", wrong));
	}

	private static Path folder() {
		String given = System.getProperty("govreport.seeds", "");
		if (!given.isBlank()) {
			return Path.of(given);
		}
		for (Path candidate : List.of(Path.of("..", "..", "shared", "seeds"), Path.of("..", "..", "..", "shared", "seeds"))) {
			if (Files.isDirectory(candidate)) {
				return candidate;
			}
		}
		throw new IllegalStateException("no seeds folder: give -Dgovreport.seeds=PATH");
	}
}
