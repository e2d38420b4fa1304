package org.govreport.dsl.tests.service.git;

import static org.govreport.dsl.tests.GitTesting.git;
import static org.govreport.dsl.tests.GitTesting.govreport;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.govreport.dsl.tests.Fixture;
import org.govreport.dsl.tests.GitTesting;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After git-setup, the real git prints the semantic diff of reports: git diff through the external driver,
 * git log -p and git show through the textconv listing (and the driver with --ext-diff).
 */
class GitDriverTest {

	@TempDir
	Path tmp;

	private Path repo;

	@BeforeEach
	void twoCommits() throws IOException {
		repo = Files.createDirectories(tmp.resolve("repo"));
		GitTesting.init(repo);
		govreport(repo, "git-setup", "--no-hook").assertOk();
		GitTesting.write(repo.resolve("2025.govreport"), Fixture.consistent().text());
		git(repo, "add", ".").assertOk();
		git(repo, "commit", "-q", "-m", "first").assertOk();
		GitTesting.write(repo.resolve("2025.govreport"), Fixture.consistent().cell("予以公开", 0, "4").text());
	}

	@Test
	void gitDiffPrintsTheSemanticDiff() {
		String out = git(repo, "diff").assertOk().out();
		assertTrue(out.startsWith("diff --govreport a/2025.govreport b/2025.govreport\n"), out);
		assertTrue(out.contains("三·予以公开·自然人: 3 → 4 (+1, +33.3%)"), out);
		assertTrue(out.contains("+ R1 三·予以公开·自然人"), out);
		assertFalse(out.contains("@@"), "no line diff");
	}

	@Test
	void gitLogAndShowPrintTheCellsThatChanged() {
		git(repo, "commit", "-q", "-am", "second").assertOk();
		String log = git(repo, "log", "-p").assertOk().out();
		assertTrue(log.contains("-三·予以公开·自然人: 3\n+三·予以公开·自然人: 4\n"), log);
		assertTrue(log.contains("+R1 三·予以公开·自然人 error:"), log);
		String show = git(repo, "show", "--ext-diff").assertOk().out();
		assertTrue(show.contains("三·予以公开·自然人: 3 → 4 (+1, +33.3%)"), show);
	}

	@Test
	void aNewReportIsOneLineAndABrokenOneNeverStopsTheLog() {
		GitTesting.write(repo.resolve("broken.govreport"), "报告 \"某机关\" 年度 2025 ↯↯\n");
		git(repo, "add", "broken.govreport").assertOk();
		String out = git(repo, "diff", "--cached").assertOk().out();
		assertTrue(out.contains("新增报告 broken.govreport"), out);
		git(repo, "commit", "-q", "-m", "broken").assertOk();
		GitTesting.write(repo.resolve("broken.govreport"), "\0\1binary");
		String diff = git(repo, "diff").assertOk().out();
		assertTrue(diff.contains("二进制文件"), diff);
		assertTrue(diff.contains("三·予以公开·自然人: 3 → 4"), "the other report is still diffed\n" + diff);
		assertEquals(0, git(repo, "log", "-p").exitCode());
	}
}
