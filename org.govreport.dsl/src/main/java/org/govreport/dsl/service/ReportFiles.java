package org.govreport.dsl.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.govreport.dsl.export.ExportFormat;

/**
 * Report files on disk: the paths given on the command line expanded (files as they are, folders into
 * their *.govreport files), and the names of the files exported from them.
 */
public final class ReportFiles {

	public static final String EXTENSION = ".govreport";

	private ReportFiles() {
	}

	/** The name of a report's export: 东温泉镇.govreport → 东温泉镇.html (the CLI and the language server name files alike). */
	public static String exportName(Path report, ExportFormat format) {
		String name = report.getFileName().toString();
		boolean isReport = name.toLowerCase(Locale.ROOT).endsWith(EXTENSION);
		String base = isReport ? name.substring(0, name.length() - EXTENSION.length()) : name;
		return base + "." + format.extension();
	}

	/**
	 * Named files as they are (one that does not exist fails when it is read, as that file's failure, so the
	 * others are still done), folders as their *.govreport files.
	 *
	 * @throws FileFailure for a folder that cannot be read
	 */
	public static List<Path> expand(List<Path> paths) {
		List<Path> files = new ArrayList<>();
		for (Path path : paths) {
			if (Files.isDirectory(path)) {
				try (Stream<Path> walk = Files.walk(path)) {
					walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(EXTENSION))
							.sorted().forEach(files::add);
				} catch (IOException | UncheckedIOException e) {
					throw new FileFailure(path, FileFailure.UNREADABLE, "无法读取文件夹：" + IoReasons.of(e));
				}
			} else {
				files.add(path);
			}
		}
		return files;
	}
}
