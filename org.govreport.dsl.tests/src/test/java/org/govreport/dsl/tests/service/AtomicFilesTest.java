package org.govreport.dsl.tests.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.govreport.dsl.service.AtomicFiles;
import org.govreport.dsl.service.FileFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one writer: atomic, keeps symbolic links and permissions, says in Chinese why it cannot write. */
class AtomicFilesTest {

	@TempDir
	Path dir;

	@Test
	void aSymbolicLinkStaysALinkAndItsTargetGetsTheContent() throws IOException {
		Path target = Files.writeString(dir.resolve("real.govreport"), "old");
		Path link = Files.createSymbolicLink(dir.resolve("link.govreport"), Path.of("real.govreport"));
		AtomicFiles.write(link, "new".getBytes(StandardCharsets.UTF_8));
		assertTrue(Files.isSymbolicLink(link));
		assertEquals("new", Files.readString(target));
	}

	@Test
	void aReplacedFileKeepsItsPermissionsAndANewOneIsReadableByAll() throws IOException {
		Path kept = Files.writeString(dir.resolve("kept.govreport"), "old");
		Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rw-r-----"));
		AtomicFiles.write(kept, "new".getBytes(StandardCharsets.UTF_8));
		assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(kept)));

		Path fresh = dir.resolve("fresh.html");
		AtomicFiles.write(fresh, "new".getBytes(StandardCharsets.UTF_8));
		assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)),
				"not the temporary file's owner-only permissions");
	}

	@Test
	void aFolderThatIsAFileIsAFailureInChineseWithItsCode() throws IOException {
		Path file = Files.writeString(dir.resolve("plain"), "x");
		FileFailure failure = assertThrows(FileFailure.class,
				() -> AtomicFiles.write(file.resolve("out.html"), new byte[] { 1 }));
		assertEquals(FileFailure.UNWRITABLE, failure.code());
		assertTrue(failure.describe().contains("无法写入"), failure.describe());
	}
}
