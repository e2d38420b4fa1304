package org.govreport.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The real {@code git} binary and the real command line as separate processes, in a temporary repository:
 * {@code GitTesting.init(dir)}, {@code git(dir, "commit", …)}, {@code govreport(dir, "git-setup")}. Git runs
 * with a home of its own, so no user's configuration leaks in; govreport runs as {@code java -cp} this test
 * JVM's class path, which is what the driver and hook that git-setup writes then run too.
 */
public final class GitTesting {

	/** What a process printed and how it ended. */
	public record Run(int exitCode, String out, String err) {

		public Run assertOk() {
			assertEquals(0, exitCode, () -> "exit " + exitCode + "\n" + out + err);
			return this;
		}
	}

	private GitTesting() {
	}

	/** A new repository in {@code dir} with one committer. */
	public static void init(Path dir) {
		git(dir, "init", "-q", "-b", "main").assertOk();
		git(dir, "config", "user.email", "clerk@example.org").assertOk();
		git(dir, "config", "user.name", "clerk").assertOk();
	}

	public static Run git(Path dir, String... args) {
		List<String> command = new ArrayList<>(List.of("git"));
		command.addAll(List.of(args));
		return run(dir, command);
	}

	/** Any other program, in the same environment as git. */
	public static Run program(Path dir, String... command) {
		return run(dir, List.of(command));
	}

	/** This govreport as its own process. */
	public static Run govreport(Path dir, String... args) {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Dfile.encoding=UTF-8", "-cp", classPath(), "org.govreport.dsl.cli.Main"));
		command.addAll(List.of(args));
		return run(dir, command);
	}

	/** Writes a file (creating its folder) and returns it. */
	public static Path write(Path file, String text) {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			return Files.writeString(file, text, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String classPath() {
		StringBuilder path = new StringBuilder();
		for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
			path.append(path.length() == 0 ? "" : File.pathSeparator).append(Path.of(entry).toAbsolutePath());
		}
		return path.toString();
	}

	private static Run run(Path dir, List<String> command) {
		ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
		Map<String, String> env = builder.environment();
		env.put("HOME", dir.toAbsolutePath().getParent().resolve("home").toString());
		env.put("GIT_CONFIG_NOSYSTEM", "1");
		env.put("GIT_PAGER", "cat");
		env.put("LC_ALL", "C.UTF-8");
		env.remove("GOVREPORT_LAUNCHER");
		env.remove("GOVREPORT_GIT_DRIVER");
		env.remove("GIT_DIR");
		env.remove("GIT_INDEX_FILE");
		try {
			Process process = builder.start();
			process.getOutputStream().close();
			CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
			String out = read(process.getInputStream());
			return new Run(process.waitFor(), out, err.join());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static String read(InputStream in) {
		try {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
