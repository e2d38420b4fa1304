package org.govreport.dsl.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads input files whole, up to a limit: a report is tens of kilobytes and a published DOCX a few
 * megabytes, so anything larger (or endless, like /dev/zero) is refused before it fills the memory.
 */
public final class InputFiles {

	/** The largest input read: far above any report, far below the heap. */
	public static final int MAX_BYTES = 32 * 1024 * 1024;

	private InputFiles() {
	}

	/** @throws FileFailure when the file cannot be read or is larger than {@link #MAX_BYTES} */
	public static byte[] read(Path path) {
		if (!Files.exists(path)) {
			throw new FileFailure(path, FileFailure.UNREADABLE, "文件不存在");
		}
		if (Files.isDirectory(path)) {
			throw new FileFailure(path, FileFailure.UNREADABLE, "是文件夹，不是文件");
		}
		try (InputStream in = Files.newInputStream(path)) {
			byte[] bytes = in.readNBytes(MAX_BYTES + 1);
			if (bytes.length > MAX_BYTES) {
				throw new FileFailure(path, FileFailure.TOO_LARGE,
						"文件过大（超过 " + MAX_BYTES / 1024 / 1024 + " MB），不像是一份年度报告，未读取");
			}
			return bytes;
		} catch (IOException e) {
			throw new FileFailure(path, FileFailure.UNREADABLE, "无法读取文件：" + IoReasons.of(e));
		}
	}
}
