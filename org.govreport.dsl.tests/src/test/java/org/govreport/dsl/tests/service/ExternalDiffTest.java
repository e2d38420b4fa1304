package org.govreport.dsl.tests.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.govreport.dsl.service.DiffService;
import org.govreport.dsl.tests.Fixture;
import org.govreport.dsl.tests.GitTesting;
import org.govreport.dsl.tests.ReportTesting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The external driver's diffs in the order of a log, newest commit first: git hands each version over twice,
 * as one commit's old side and the next commit's new side, and one service answers them all (as the driver's
 * process does). Each answer is the one a service that never saw the earlier calls gives.
 */
class ExternalDiffTest {

	@TempDir
	Path tmp;

	private final DiffService diffs = ReportTesting.get(DiffService.class);

	private final List<String> versions = List.of(Fixture.consistent().text(),
			Fixture.consistent().cell("予以公开", 0, "4").text(),
			Fixture.consistent().cell("予以公开", 0, "4").text().replaceFirst("\n", "\n)(\n"), // a syntax error
			Fixture.consistent().cell("予以公开", 0, "5").text(),
			Fixture.consistent().cell("予以公开", 0, "6").text());

	@Test
	void eachDiffOfALogIsTheDiffOfItsTwoVersions() {
		int call = 0;
		for (int newer = versions.size() - 1; newer > 0; newer--) {
			assertSameAsAlone("reports/2025.govreport", versions.get(newer - 1), versions.get(newer), call++);
		}
	}

	@Test
	void theSameBytesUnderAnotherPathAreReadThere() {
		assertSameAsAlone("reports/2025.govreport", versions.get(0), versions.get(1), 0);
		String answer = assertSameAsAlone("other/2025.govreport", versions.get(3), versions.get(0), 1);
		assertTrue(answer.startsWith("diff --govreport a/other/2025.govreport b/other/2025.govreport\n"), answer);
	}

	/** Hands two versions over as git does (each alone in a folder of its own) and compares with a fresh service. */
	private String assertSameAsAlone(String path, String old, String now, int call) {
		Path oldFile = GitTesting.write(tmp.resolve("old" + call).resolve("2025.govreport"), old);
		Path newFile = GitTesting.write(tmp.resolve("new" + call).resolve("2025.govreport"), now);
		String answer = diffs.forGit(path, oldFile, newFile, false);
		assertEquals(ReportTesting.get(DiffService.class).forGit(path, oldFile, newFile, false), answer);
		return answer;
	}
}
