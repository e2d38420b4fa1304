package org.govreport.dsl.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The one way the tool writes a file: readers see the old content or the new, never half of it (a
 * temporary file, then a rename). A symbolic link stays a link: its target is what gets replaced.
 */
public final class AtomicFiles {

	private AtomicFiles() {
	}

	/** @throws FileFailure (in Chinese, with the path) when the file cannot be written */
	public static void write(Path file, byte[] content) {
		Path target = throughLinks(file);
		try {
			Path dir = target.toAbsolutePath().getParent();
			Files.createDirectories(dir);
			Path temp = Files.createTempFile(dir, ".govreport-", ".tmp");
			try {
				Files.write(temp, content);
				permissions(temp, target);
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} finally {
				Files.deleteIfExists(temp);
			}
		} catch (IOException e) {
			throw new FileFailure(file, FileFailure.UNWRITABLE, "无法写入：" + IoReasons.of(e));
		}
	}

	/** The file a path finally names, following links (a link to a file not yet there included). */
	private static Path throughLinks(Path file) {
		Path current = file;
		for (int hops = 0; Files.isSymbolicLink(current); hops++) {
			if (hops == 40) {
				throw new FileFailure(file, FileFailure.UNWRITABLE, "无法写入：符号链接循环");
			}
			try {
				current = current.toAbsolutePath().resolveSibling(Files.readSymbolicLink(current));
			} catch (IOException e) {
				throw new FileFailure(file, FileFailure.UNWRITABLE, "无法读取符号链接：" + IoReasons.of(e));
			}
		}
		return current;
	}

	/**
	 * A temporary file is private to its owner: give the result the old file's permissions, or the usual ones.
	 * Where the file system keeps none (FAT, say) the attempt fails and the file has what the system gives it.
	 * (Asking the file store first read the whole mount table on every write: a tenth of a millisecond each.)
	 */
	private static void permissions(Path temp, Path file) {
		PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
		if (view == null) {
			return;
		}
		try {
			view.setPermissions(Files.exists(file) ? Files.getPosixFilePermissions(file)
					: PosixFilePermissions.fromString("rw-r--r--"));
		} catch (IOException | UnsupportedOperationException noPermissionsHere) {
			// the file system's own permissions stay
		}
	}
}
