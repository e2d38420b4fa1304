package org.govreport.dsl.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/** Writes a file so that readers see the old content or the new, never half of it: a temporary file, then a rename. */
public final class AtomicFiles {

	private AtomicFiles() {
	}

	public static void write(Path file, byte[] content) throws IOException {
		Path dir = file.toAbsolutePath().getParent();
		Files.createDirectories(dir);
		Path temp = Files.createTempFile(dir, ".govreport-", ".tmp");
		try {
			Files.write(temp, content);
			permissions(temp, file);
			Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temp);
		}
	}

	/** A temporary file is private to its owner: give the result the old file's permissions, or the usual ones. */
	private static void permissions(Path temp, Path file) throws IOException {
		if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
			return;
		}
		Files.setPosixFilePermissions(temp, Files.exists(file) ? Files.getPosixFilePermissions(file)
				: PosixFilePermissions.fromString("rw-r--r--"));
	}
}
