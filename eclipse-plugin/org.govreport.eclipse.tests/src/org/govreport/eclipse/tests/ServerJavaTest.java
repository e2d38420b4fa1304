package org.govreport.eclipse.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.govreport.eclipse.server.ServerJava;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java that runs the server: the running one is fine; a configured Java older than 17 is refused in Chinese. */
class ServerJavaTest {

	@Test
	void theJavaThatRunsEclipseIsUsedByDefault() {
		ServerJava java = ServerJava.of("");
		assertEquals(Optional.empty(), java.problem());
		assertEquals(Path.of(System.getProperty("java.home"), "bin", "java"), java.executable());
	}

	@Test
	void anOlderConfiguredJavaIsRefused(@TempDir Path home) throws Exception {
		Files.createDirectories(home.resolve("bin"));
		Files.writeString(home.resolve("bin/java"), "");
		Files.writeString(home.resolve("release"), "JAVA_VERSION=\"11.0.24\"\n");

		String problem = ServerJava.of(home.toString()).problem().orElseThrow();
		assertTrue(problem.contains("需要 Java 17 或更高版本") && problem.contains("Java 11"), problem);
	}

	@Test
	void aFolderWithoutJavaIsRefused(@TempDir Path home) {
		String problem = ServerJava.of(home.toString()).problem().orElseThrow();
		assertTrue(problem.contains("找不到 Java"), problem);
	}
}
