package org.govreport.dsl.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands the paths given on the command line: files as they are, folders into their *.govreport files. */
final class ReportFiles {

	static final String EXTENSION = ".govreport";

	private ReportFiles() {
	}

	/**
	 * @throws UnreadableFileException for a path that does not exist
	 */
	static List<Path> expand(List<Path> paths) {
		List<Path> files = new ArrayList<>();
		for (Path path : paths) {
			if (Files.isDirectory(path)) {
				try (Stream<Path> walk = Files.walk(path)) {
					walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(EXTENSION))
							.sorted().forEach(files::add);
				} catch (IOException | UncheckedIOException e) {
					throw new UnreadableFileException(path, "无法读取文件夹：" + e.getMessage());
				}
			} else if (Files.exists(path)) {
				files.add(path);
			} else {
				throw new UnreadableFileException(path, "文件不存在");
			}
		}
		return files;
	}
}
