package org.govreport.dsl.ide.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Where the server looks for reports in a workspace folder: {@code *.govreport} files only, never
 * inside hidden folders ({@code .git}, {@code .vscode} …), {@code node_modules} or {@code target}.
 * Those hold no reports but may hold tens of thousands of files.
 */
public class ReportFolders {

	private static final String EXTENSION = ".govreport";

	private static final Set<String> SKIPPED = Set.of("node_modules", "target");

	/**
	 * Up to {@code limit} reports under {@code root}, breadth first (the folder's own reports before
	 * those of its sub-folders), each folder in name order; the walk stops at the limit.
	 */
	public List<Path> reports(Path root, int limit) {
		List<Path> found = new ArrayList<>();
		Deque<Path> folders = new ArrayDeque<>();
		folders.add(root);
		while (!folders.isEmpty() && found.size() < limit) {
			for (Path entry : entries(folders.poll())) {
				if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
					if (!skipped(entry)) {
						folders.add(entry);
					}
				} else if (isReportName(entry) && found.size() < limit) {
					found.add(entry);
				}
			}
		}
		return found;
	}

	/** Whether {@code file} is a report the walk from {@code root} would find (a file created later, say). */
	public boolean isReport(Path root, Path file) {
		if (!file.startsWith(root) || !isReportName(file)) {
			return false;
		}
		for (Path folder = file.getParent(); folder != null && !folder.equals(root); folder = folder.getParent()) {
			if (skipped(folder)) {
				return false;
			}
		}
		return true;
	}

	private static boolean isReportName(Path file) {
		String name = file.getFileName().toString();
		return name.endsWith(EXTENSION) && !name.startsWith(".");
	}

	private static boolean skipped(Path folder) {
		String name = folder.getFileName().toString();
		return name.startsWith(".") || SKIPPED.contains(name);
	}

	private static List<Path> entries(Path folder) {
		try (Stream<Path> list = Files.list(folder)) {
			return list.sorted().toList();
		} catch (IOException | UncheckedIOException unreadable) {
			// A folder the server may not read holds no report it could check.
			return List.of();
		}
	}
}
