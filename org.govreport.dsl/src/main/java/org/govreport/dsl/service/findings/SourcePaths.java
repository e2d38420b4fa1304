package org.govreport.dsl.service.findings;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * A report's path as CI tools want it: relative to the working directory (the repository's root in a CI job),
 * with {@code /}; a file outside it keeps its absolute path.
 */
final class SourcePaths {

	private SourcePaths() {
	}

	static boolean inWorkingDirectory(String path) {
		Path absolute = Path.of(path).toAbsolutePath().normalize();
		return absolute.startsWith(workingDirectory());
	}

	/** {@code reports/2025.govreport}, or the absolute path of a file outside the working directory. */
	static String relative(String path) {
		Path absolute = Path.of(path).toAbsolutePath().normalize();
		Path shown = absolute.startsWith(workingDirectory()) ? workingDirectory().relativize(absolute) : absolute;
		return shown.toString().replace('\\', '/');
	}

	/** The relative path as a URI reference, non-ASCII characters percent-encoded (SARIF's artifactLocation.uri). */
	static String uri(String path) {
		try {
			return inWorkingDirectory(path) ? new URI(null, null, relative(path), null).toASCIIString()
					: Path.of(path).toAbsolutePath().normalize().toUri().toASCIIString();
		} catch (URISyntaxException e) {
			throw new IllegalArgumentException(path, e);
		}
	}

	/** The working directory as a file URI ending in {@code /} (SARIF's %SRCROOT%). */
	static String root() {
		return workingDirectory().toUri().toASCIIString();
	}

	private static Path workingDirectory() {
		return Path.of("").toAbsolutePath().normalize();
	}
}
