package org.govreport.dsl.service;

import java.io.IOException;
import java.nio.file.Path;

import org.govreport.dsl.imports.ImportException;

/**
 * Runs one file's work so that nothing it throws escapes as a crash: every failure becomes a
 * {@link FileFailure} of that file, which a batch reports before going on with the next file.
 */
public final class PerFile {

	/** One file's work. */
	@FunctionalInterface
	public interface Work<T> {
		T run() throws IOException;
	}

	private PerFile() {
	}

	public static <T> T run(Path file, Work<T> work) {
		try {
			return work.run();
		} catch (FileFailure e) {
			throw e;
		} catch (ImportException e) {
			throw new FileFailure(file, FileFailure.NOT_IMPORTABLE, e.getMessage());
		} catch (IOException e) {
			throw new FileFailure(file, FileFailure.UNREADABLE, IoReasons.of(e));
		} catch (StackOverflowError e) {
			throw new FileFailure(file, FileFailure.INTERNAL, "文件结构嵌套过深，无法处理（其他文件不受影响）");
		} catch (OutOfMemoryError e) {
			throw new FileFailure(file, FileFailure.TOO_LARGE, "处理此文件时内存不足（其他文件不受影响）");
		} catch (RuntimeException | LinkageError | AssertionError e) {
			// A defect of the tool: the user gets its name to report, not a stack trace, and the batch goes on.
			throw new FileFailure(file, FileFailure.INTERNAL,
					"处理此文件时发生内部错误（" + e.getClass().getSimpleName() + "），请报告此问题；其他文件不受影响");
		}
	}
}
