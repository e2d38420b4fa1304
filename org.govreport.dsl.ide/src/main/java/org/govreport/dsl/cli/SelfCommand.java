package org.govreport.dsl.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How a shell starts this same govreport again, for the Git driver and hook that git-setup writes: the
 * launcher script when it started us (it says so in GOVREPORT_LAUNCHER, and rebuilds the jar when the
 * sources change), otherwise this Java with this class path ({@code java -jar govreport.jar} gives the jar).
 */
final class SelfCommand {

	static final String LAUNCHER = "GOVREPORT_LAUNCHER";

	static final String DRIVER = "GOVREPORT_GIT_DRIVER";

	private SelfCommand() {
	}

	static String get() {
		String launcher = System.getenv(LAUNCHER);
		if (launcher != null && !launcher.isBlank()) {
			return quote(launcher);
		}
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
				.map(p -> Path.of(p).toAbsolutePath().normalize().toString())
				.collect(Collectors.joining(File.pathSeparator));
		return quote(java) + " -cp " + quote(classPath) + " " + Main.class.getName();
	}

	/**
	 * The launcher's driver script, which git can run without a shell (GOVREPORT_GIT_DRIVER, set by the launcher),
	 * when its interpreter /bin/bash is there; otherwise null, and git runs {@link #get()} with arguments.
	 */
	static String driver() {
		String driver = System.getenv(DRIVER);
		if (driver == null || driver.isBlank() || !Files.isExecutable(Path.of(driver))
				|| !Files.isExecutable(Path.of("/bin/bash"))) {
			return null;
		}
		return quote(driver);
	}

	/** Single quotes for sh, where only ' itself needs care. */
	static String quote(String word) {
		return word.matches("[A-Za-z0-9_./:@%+=,-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
	}
}
