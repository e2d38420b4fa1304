package org.govreport.dsl.tests.service;

import static org.govreport.dsl.tests.GitTesting.git;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.govreport.dsl.service.DiffService;
import org.govreport.dsl.service.DiffService.Outcome;
import org.govreport.dsl.tests.Fixture;
import org.govreport.dsl.tests.GitTesting;
import org.govreport.dsl.tests.ReportTesting;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sides read from Git revisions (through JGit) of a real repository, and the revisions that do not exist. */
class DiffServiceTest {

	@TempDir
	Path tmp;

	private Path repo;
	private Path report;
	private final DiffService diffs = ReportTesting.get(DiffService.class);

	@BeforeEach
	void committedThenEdited() {
		repo = tmp.resolve("repo");
		GitTesting.init(GitTesting.write(repo.resolve("reports/.keep"), "").getParent().getParent());
		report = GitTesting.write(repo.resolve("reports/2025.govreport"), Fixture.consistent().text());
		git(repo, "add", ".").assertOk();
		git(repo, "commit", "-q", "-m", "2025").assertOk();
		GitTesting.write(report, Fixture.consistent().cell("予以公开", 0, "4").text());
	}

	@Test
	void revisionColonPathFromTheRepositoryRoot() {
		Outcome outcome = diffs.diff(repo, "main:reports/2025.govreport", report.toString());
		assertTrue(outcome.complete(), outcome.problems()::toString);
		assertEquals("main:reports/2025.govreport", outcome.diff().oldName());
		assertEquals("三·予以公开·自然人", outcome.diff().tables().get(0).cells().get(0).name());
	}

	@Test
	void revisionColonDotPathFromTheFolder() {
		Outcome outcome = diffs.diff(repo.resolve("reports"), "HEAD:./2025.govreport", report.toString());
		assertTrue(outcome.changed(), outcome.problems()::toString);
	}

	@Test
	void gitRevisionAgainstTheWorkTree() {
		Outcome outcome = diffs.diffWithRevision(repo, "HEAD", report);
		assertTrue(outcome.complete(), outcome.problems()::toString);
		assertEquals(1, outcome.diff().cellCount());
	}

	@Test
	void aRevisionThatDoesNotExist() {
		Outcome outcome = diffs.diff(repo, "v9:reports/2025.govreport", report.toString());
		assertFalse(outcome.complete());
		assertNull(outcome.diff());
		assertEquals("v9:reports/2025.govreport: error: Git 仓库中没有修订版本 v9 [F1]", outcome.problems().get(0));
	}

	@Test
	void aPathThatTheRevisionDoesNotHave() {
		Outcome outcome = diffs.diff(repo, "HEAD:reports/2024.govreport", report.toString());
		assertTrue(outcome.problems().get(0).contains("修订版本 HEAD 中没有文件 reports/2024.govreport"), outcome.problems()::toString);
	}

	@Test
	void aFolderIsNoReport() {
		Outcome outcome = diffs.diff(repo, "HEAD:reports", report.toString());
		assertTrue(outcome.problems().get(0).contains("是文件夹"), outcome.problems()::toString);
	}
}
