package org.govreport.dsl.service;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Map;

/** Says in Chinese why the file system refused, instead of the JDK's English exception text. */
final class IoReasons {

	/** The operating system's reasons (strerror, in English whatever the locale) the tool meets most. */
	private static final Map<String, String> OS_REASONS = Map.of("Not a directory", "路径中有一段不是文件夹",
			"Is a directory", "这是文件夹，不是文件", "No space left on device", "磁盘已满",
			"Read-only file system", "只读文件系统", "Permission denied", "没有权限",
			"Operation not permitted", "不允许此操作", "Too many levels of symbolic links", "符号链接循环");

	private IoReasons() {
	}

	/** @param e an IOException, or the UncheckedIOException of a stream over files */
	static String of(Exception e) {
		if (e instanceof UncheckedIOException unchecked) {
			return of(unchecked.getCause());
		}
		if (e instanceof NoSuchFileException) {
			return "文件或文件夹不存在";
		}
		if (e instanceof AccessDeniedException) {
			return "没有权限（请检查文件和文件夹的读写权限）";
		}
		if (e instanceof FileAlreadyExistsException) {
			// what creating an output's folder says when a file already has that folder's name
			return "路径中有一段是文件，不是文件夹";
		}
		if (e instanceof NotDirectoryException) {
			return "路径中有一段不是文件夹";
		}
		if (e instanceof FileSystemException fs && fs.getReason() != null) {
			return "文件系统拒绝了操作：" + OS_REASONS.getOrDefault(fs.getReason(), fs.getReason());
		}
		return "输入输出错误：" + e.getClass().getSimpleName();
	}
}
