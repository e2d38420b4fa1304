package org.govreport.dsl.tests.gitdriver;

import static org.govreport.dsl.tests.GitTesting.git;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.govreport.dsl.gitdriver.VersionListings;
import org.govreport.dsl.service.DiffService;
import org.govreport.dsl.tests.Fixture;
import org.govreport.dsl.tests.GitTesting;
import org.govreport.dsl.tests.ReportTesting;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The driver's listings read ahead: after git asks for one version, the older ones are listed before it asks,
 * and each answer is exactly the command's listing of the file git handed over, also for a version that does
 * not parse (whose listing names that file).
 */
class VersionListingsTest {

	@TempDir
	Path tmp;

	private final DiffService diffs = ReportTesting.get(DiffService.class);
	private final VersionListings listings = ReportTesting.get(VersionListings.class);

	private Path repo;
	private final String[] versions = { Fixture.consistent().text(),
			Fixture.consistent().text().replaceFirst("\n", "\n)(\n"), // a syntax error
			Fixture.consistent().cell("予以公开", 0, "4").text() };

	@BeforeEach
	void history() throws IOException {
		repo = Files.createDirectories(tmp.resolve("repo"));
		GitTesting.init(repo);
		for (String version : versions) {
			GitTesting.write(repo.resolve("2025.govreport"), version);
			git(repo, "add", ".").assertOk();
			git(repo, "commit", "-q", "-m", "a version").assertOk();
		}
	}

	@Test
	void theOlderVersionsAreListedAheadAndServeAsTheCommandsOwnListing() throws Exception {
		Path newest = handedOver("a", versions[2]);
		assertEquals(diffs.listing(newest), listings.listing(repo, newest));
		awaitListedAhead(versions[0]);
		assertTrue(listings.listedAhead(bytes(versions[1])));

		Path broken = handedOver("b", versions[1]);
		String listing = listings.listing(repo, broken);
		assertEquals(diffs.listing(broken), listing);
		assertTrue(listing.contains(broken.toString()), "the problem names git's file, not the one read ahead: " + listing);

		Path oldest = handedOver("c", versions[0]);
		assertEquals(diffs.listing(oldest), listings.listing(repo, oldest));
	}

	@Test
	void bytesThatAreNoVersionOrAFolderOutsideGitAreListedAsAsked() {
		Path edited = handedOver("d", Fixture.consistent().cell("予以公开", 0, "9").text());
		assertEquals(diffs.listing(edited), listings.listing(repo, edited));
		Path elsewhere = handedOver("e", versions[2]);
		assertEquals(diffs.listing(elsewhere), listings.listing(tmp.resolve("not-a-repository"), elsewhere));
		assertFalse(listings.listedAhead(bytes(Fixture.consistent().cell("予以公开", 0, "9").text())));
	}

	/** A version as git hands it to a textconv: alone in a folder of its own, under the report's file name. */
	private Path handedOver(String folder, String text) {
		return GitTesting.write(tmp.resolve(folder).resolve("2025.govreport"), text);
	}

	private void awaitListedAhead(String version) throws InterruptedException {
		for (int i = 0; i < 400 && !listings.listedAhead(bytes(version)); i++) {
			Thread.sleep(25);
		}
		assertTrue(listings.listedAhead(bytes(version)), "listed ahead within 10 s");
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
