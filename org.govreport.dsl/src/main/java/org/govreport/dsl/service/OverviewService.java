package org.govreport.dsl.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.govreport.dsl.export.ExportFormat;
import org.govreport.dsl.overview.OverviewPage;
import org.govreport.dsl.overview.OverviewRow;

import com.google.inject.Inject;

/**
 * The office's overview page of many reports ({@code DIR/index.html}), with each report's HTML export beside
 * it ({@code DIR/reports/…}) for the page to link to. Nothing is overwritten unless forced.
 */
public class OverviewService {

	/** The page's file name in its folder. */
	public static final String PAGE = "index.html";

	/** The folder, beside the page, of the reports' exports. */
	public static final String REPORTS = "reports";

	/**
	 * What became of an overview.
	 *
	 * @param rows     one per report file, in the order found
	 * @param page     the page written
	 * @param failures files that could not be read or exported (each listed, and still a row)
	 */
	public record Outcome(List<OverviewRow> rows, Path page, List<FileFailure> failures) {
	}

	@Inject
	private OverviewRows rows;

	@Inject
	private ExportService exports;

	/**
	 * @throws FileFailure when no report is found, a folder cannot be read, or the page exists (without force)
	 *                     or cannot be written
	 */
	public Outcome overview(List<Path> paths, Path dir, boolean force, LocalDate today) {
		Path page = dir.resolve(PAGE);
		if (Files.exists(page) && !force) {
			throw new FileFailure(page, FileFailure.UNWRITABLE, "文件已存在，未覆盖（加 --force 覆盖）");
		}
		List<Path[]> found = new ArrayList<>();
		for (Path root : paths) {
			ReportFiles.expand(List.of(root)).forEach(file -> found.add(new Path[] { root, file }));
		}
		if (found.isEmpty()) {
			throw new FileFailure(paths.get(0), FileFailure.UNREADABLE, "没有找到 .govreport 报告");
		}
		// Rows on all cores; the ordered results keep the files' order.
		List<OverviewRow> read = found.parallelStream().map(f -> rows.row(f[1])).toList();
		// Targets are named in order (a second report to the same file is refused), then written on all cores.
		ExportTargets targets = new ExportTargets(dir.resolve(REPORTS));
		List<Object> targetOrFailure = new ArrayList<>();
		for (int i = 0; i < found.size(); i++) {
			targetOrFailure.add(read.get(i).failure() != null ? null : target(targets, found.get(i), force));
		}
		List<Object> exported = IntStream.range(0, found.size()).parallel()
				.mapToObj(i -> targetOrFailure.get(i) instanceof Path target ? export(found.get(i)[1], target, dir) : targetOrFailure.get(i))
				.toList();
		List<FileFailure> failures = new ArrayList<>();
		List<OverviewRow> linked = new ArrayList<>();
		for (int i = 0; i < found.size(); i++) {
			if (exported.get(i) instanceof FileFailure failure) {
				failures.add(failure);
				linked.add(read.get(i));
			} else {
				linked.add(read.get(i).withLink((String) exported.get(i)));
			}
		}
		AtomicFiles.write(page, OverviewPage.write(linked, today.toString()));
		return new Outcome(linked, page, failures);
	}

	/** Where a report's export goes, or the failure that says why it cannot go there. */
	private static Object target(ExportTargets targets, Path[] rootAndFile, boolean force) {
		try {
			Path target = targets.of(rootAndFile[0], rootAndFile[1], ExportFormat.HTML);
			if (Files.exists(target) && !force) {
				throw new FileFailure(target, FileFailure.UNWRITABLE, "文件已存在，未覆盖（加 --force 覆盖）");
			}
			return target;
		} catch (FileFailure e) {
			return e;
		}
	}

	/**
	 * Exports a report's HTML for the page to link to; its errors are on the page, so it is exported whatever
	 * they are. Returns the link relative to the page, null when it did not parse, or the failure.
	 */
	private Object export(Path file, Path target, Path dir) {
		try {
			ExportService.Outcome outcome = exports.export(file, Set.of(ExportFormat.HTML), false, f -> target, true);
			if (outcome.written().isEmpty()) {
				return null;
			}
			return dir.toAbsolutePath().normalize().relativize(target.toAbsolutePath().normalize()).toString().replace('\\', '/');
		} catch (FileFailure e) {
			return e;
		}
	}
}
