package org.govreport.dsl.tests.service.git;

import static org.govreport.dsl.tests.GitTesting.git;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jgit.lib.ObjectId;
import org.govreport.dsl.service.git.ReportHistory;
import org.govreport.dsl.service.git.ReportHistory.Version;
import org.govreport.dsl.tests.Fixture;
import org.govreport.dsl.tests.GitTesting;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The versions of a report in the order {@code git log -p} meets them, read from a repository made by the real
 * git: a report changed in four commits (and another report, and a commit that touches neither).
 */
class ReportHistoryTest {

	@TempDir
	Path tmp;

	private Path repo;

	/** The bytes of reports/r.govreport in each commit that changed it, oldest first. */
	private final List<byte[]> versions = new ArrayList<>();

	@BeforeEach
	void history() throws IOException {
		repo = Files.createDirectories(tmp.resolve("repo"));
		GitTesting.init(repo);
		for (int i = 1; i <= 4; i++) {
			commitReport(Fixture.consistent().cell("予以公开", 0, String.valueOf(i)).text());
			if (i == 2) {
				GitTesting.write(repo.resolve("other/r2.govreport"), Fixture.consistent().cell("予以公开", 0, "7").text());
				GitTesting.write(repo.resolve("notes.txt"), "no report\n");
				git(repo, "add", ".").assertOk();
				git(repo, "commit", "-q", "-m", "other files").assertOk();
			}
		}
	}

	private void commitReport(String text) {
		GitTesting.write(repo.resolve("reports/r.govreport"), text);
		versions.add(text.getBytes(StandardCharsets.UTF_8));
		git(repo, "add", ".").assertOk();
		git(repo, "commit", "-q", "-m", "version " + versions.size()).assertOk();
	}

	@Test
	void theBlobIdIsGitsOwn() {
		String hashed = git(repo, "hash-object", "reports/r.govreport").assertOk().out().strip();
		assertEquals(hashed, ReportHistory.blobId(versions.get(3)).name());
	}

	@Test
	void theVersionsAfterOneAreTheOlderOnesNewestFirst() throws IOException {
		try (ReportHistory history = ReportHistory.open(repo)) {
			assertEquals(List.of(id(2), id(1)), blobs(history.after(id(3), "r.govreport", 2)));
			assertEquals(List.of(id(0)), blobs(history.after(id(1), "r.govreport", 8)), "the history ends");
			assertEquals(List.of(), history.after(id(0), "r.govreport", 8));
			Version next = history.after(id(3), "r.govreport", 1).get(0);
			assertEquals("reports/r.govreport", next.path());
			assertTrue(new String(history.read(next), StandardCharsets.UTF_8).contains("予以公开"));
			assertEquals(List.of(), history.after(ReportHistory.blobId("no report\n".getBytes(StandardCharsets.UTF_8)), "notes.txt", 8),
					"a blob that is no report at HEAD");
		}
	}

	@Test
	void anOlderVersionIsFoundInTheHistoryOfTheReportOfItsName() throws IOException {
		try (ReportHistory history = ReportHistory.open(repo)) {
			assertEquals(List.of(), history.after(id(2), "r2.govreport", 8), "not in the history of other/r2.govreport");
			assertEquals(List.of(id(1), id(0)), blobs(history.after(id(2), "r.govreport", 8)));
		}
	}

	@Test
	void aNewCommitStartsTheHistoryAgain() throws IOException {
		try (ReportHistory history = ReportHistory.open(repo)) {
			assertEquals(List.of(id(2)), blobs(history.after(id(3), "r.govreport", 1)));
			commitReport(Fixture.consistent().cell("予以公开", 0, "5").text());
			assertEquals(List.of(id(3), id(2)), blobs(history.after(id(4), "r.govreport", 2)));
		}
	}

	private ObjectId id(int version) {
		return ReportHistory.blobId(versions.get(version));
	}

	private static List<ObjectId> blobs(List<Version> versions) {
		return versions.stream().map(Version::blob).toList();
	}
}
