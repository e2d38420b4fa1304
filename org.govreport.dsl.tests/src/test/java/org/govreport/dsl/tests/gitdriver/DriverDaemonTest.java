package org.govreport.dsl.tests.gitdriver;

import static org.govreport.dsl.tests.GitTesting.git;
import static org.govreport.dsl.tests.GitTesting.program;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.govreport.dsl.gitdriver.DriverDaemon;
import org.govreport.dsl.service.DiffService;
import org.govreport.dsl.tests.Fixture;
import org.govreport.dsl.tests.GitTesting;
import org.govreport.dsl.tests.GitTesting.Run;
import org.govreport.dsl.tests.ReportTesting;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Git driver's long-lived process, asked by the launcher's own bash client (the script the launcher
 * sources) and by the real git: it answers textconv and external-diff calls as the command would, only with
 * its token, leaves other calls to the launcher, and ends after a quiet spell, taking its state file along.
 */
class DriverDaemonTest {

	private static final Path SCRIPTS = Path.of("../org.govreport.dsl.ide/src/main/sh").toAbsolutePath();
	private static final Path CLIENT = SCRIPTS.resolve("git-driver-client.sh");

	@TempDir
	Path tmp;

	private final DiffService diffs = ReportTesting.get(DiffService.class);

	private Path state;
	private Path jar;

	@BeforeEach
	void start() throws Exception {
		// Laid out as a clone: the jar and the state file where the launcher and git-driver look for them.
		Path target = Files.createDirectories(tmp.resolve("org.govreport.dsl.ide/target"));
		jar = Files.createFile(target.resolve("govreport.jar"));
		state = target.resolve("git-driver-" + Files.getAttribute(jar, "unix:uid"));
		// The launcher asks only a process whose state is newer than the jar.
		Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(60)));
		serve(state, Duration.ofSeconds(5));
	}

	@Test
	void textconvIsTheCommandsListingAndRelativePathsAreTheCallersOwn() {
		Path report = GitTesting.write(tmp.resolve("work/2025.govreport"), Fixture.consistent().cell("予以公开", 0, "4").text());
		Run run = ask(tmp.resolve("work"), "diff", "--textconv", "2025.govreport");
		assertEquals(0, run.exitCode(), run.err());
		assertEquals(diffs.listing(report), run.out());
		assertTrue(run.out().contains("R1 三·予以公开·自然人"), run.out());
	}

	@Test
	void theExternalDriverCallIsTheSemanticDiff() {
		Path old = GitTesting.write(tmp.resolve("old.govreport"), Fixture.consistent().text());
		Path now = GitTesting.write(tmp.resolve("new.govreport"), Fixture.consistent().cell("予以公开", 0, "4").text());
		Run run = ask(tmp, "diff", "--git-external", "r.govreport", old.toString(), "a1", "100644", now.toString(), "b2",
				"100644");
		assertEquals(0, run.exitCode(), run.err());
		assertEquals(diffs.forGit("r.govreport", old, now, false), run.out());
		assertTrue(run.out().contains("三·予以公开·自然人: 3 → 4"), run.out());
	}

	@Test
	void otherCallsAWrongTokenAndAStaleProcessAreLeftToTheLauncher() throws IOException {
		Path report = GitTesting.write(tmp.resolve("2025.govreport"), Fixture.consistent().text());
		assertNotAnswered(ask(tmp, "diff", report.toString(), report.toString()));
		assertNotAnswered(ask(tmp, "check", report.toString()));

		String[] portAndToken = Files.readString(state).trim().split(" ");
		Path forged = Files.writeString(tmp.resolve("forged"), portAndToken[0] + " " + "0".repeat(32) + "\n");
		assertNotAnswered(askWith(forged, tmp, "diff", "--textconv", report.toString()));

		Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60))); // a build after the process started
		assertNotAnswered(ask(tmp, "diff", "--textconv", report.toString()));
	}

	@Test
	void aClientThatSendsNothingOrNonsenseIsDroppedAndTheNextOneServed() throws IOException {
		Path report = GitTesting.write(tmp.resolve("2025.govreport"), Fixture.consistent().text());
		int port = Integer.parseInt(Files.readString(state).trim().split(" ")[0]);
		try (Socket nonsense = new Socket(InetAddress.getLoopbackAddress(), port)) {
			nonsense.getOutputStream().write("x".repeat(100_000).getBytes(StandardCharsets.UTF_8));
		}
		try (Socket silent = new Socket(InetAddress.getLoopbackAddress(), port)) {
			Run run = ask(tmp, "diff", "--textconv", report.toString());
			assertEquals(0, run.exitCode(), run.err());
			assertEquals(diffs.listing(report), run.out());
		}
	}

	@Test
	void theStateFileIsTheOwnersAloneAndGoesWithTheProcess() throws Exception {
		assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(state)));
		Path quick = tmp.resolve("quick/git-driver");
		CompletableFuture<Void> ends = serve(quick, Duration.ofMillis(300));
		ends.get();
		assertFalse(Files.exists(quick), "removed when the process ends");
	}

	@Test
	void gitRunsTheDriverScriptItselfAndTheProcessAnswersBothCalls() throws IOException {
		// git-driver as git-setup names it, in this clone; a launcher that fails shows a call the process left.
		Path sh = Files.createDirectories(tmp.resolve("org.govreport.dsl.ide/src/main/sh"));
		Path driver = Files.copy(SCRIPTS.resolve("git-driver"), sh.resolve("git-driver"));
		Files.copy(CLIENT, sh.resolve("git-driver-client.sh"));
		Path launcher = GitTesting.write(tmp.resolve("govreport"), "#!/bin/sh\necho \"not answered: $*\" >&2\nexit 3\n");
		assertTrue(launcher.toFile().setExecutable(true));
		assertTrue(Files.isExecutable(driver), "the script is executable as the repository keeps it");

		Path repo = Files.createDirectories(tmp.resolve("repo"));
		GitTesting.init(repo);
		git(repo, "config", "diff.govreport.textconv", driver.toString()).assertOk();
		git(repo, "config", "diff.govreport.command", driver.toString()).assertOk();
		GitTesting.write(repo.resolve(".gitattributes"), "*.govreport diff=govreport\n");
		GitTesting.write(repo.resolve("2025.govreport"), Fixture.consistent().text());
		git(repo, "add", ".").assertOk();
		git(repo, "commit", "-q", "-m", "first").assertOk();
		GitTesting.write(repo.resolve("2025.govreport"), Fixture.consistent().cell("予以公开", 0, "4").text());

		String diff = git(repo, "diff").assertOk().out();
		assertTrue(diff.contains("三·予以公开·自然人: 3 → 4 (+1, +33.3%)"), diff);
		git(repo, "commit", "-q", "-am", "second").assertOk();
		String log = git(repo, "log", "-p").assertOk().out();
		assertTrue(log.contains("-三·予以公开·自然人: 3\n+三·予以公开·自然人: 4\n"), log);

		Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60))); // no process to ask now
		Run left = git(repo, "diff", "HEAD~1");
		assertTrue(left.err().contains("not answered: diff --git-external 2025.govreport"), left.err());
	}

	/** A process's loop on a thread of its own, which ends by itself after the quiet spell. */
	private CompletableFuture<Void> serve(Path stateFile, Duration idle) throws InterruptedException {
		DriverDaemon daemon = ReportTesting.get(DriverDaemon.class);
		CompletableFuture<Void> ends = new CompletableFuture<>();
		Thread thread = new Thread(() -> {
			try {
				daemon.serve(stateFile, idle, Duration.ofMillis(500));
				ends.complete(null);
			} catch (IOException | RuntimeException e) {
				ends.completeExceptionally(e);
			}
		}, "git-driver " + stateFile);
		thread.setDaemon(true);
		thread.start();
		for (int i = 0; i < 400 && !Files.exists(stateFile) && !ends.isDone(); i++) {
			Thread.sleep(25);
		}
		return ends;
	}

	private Run ask(Path dir, String... args) {
		return askWith(state, dir, args);
	}

	/** The launcher's client, in real bash: {@code govreport_driver_ask STATE JAR ARG…}. */
	private Run askWith(Path stateFile, Path dir, String... args) {
		List<String> command = new ArrayList<>(List.of("bash", "-c",
				". \"$0\"; govreport_driver_ask \"$@\"", CLIENT.toString(), stateFile.toString(), jar.toString()));
		command.addAll(List.of(args));
		return program(dir, command.toArray(String[]::new));
	}

	private static void assertNotAnswered(Run run) {
		assertEquals(100, run.exitCode(), run.out() + run.err());
		assertEquals("", run.out());
	}
}
