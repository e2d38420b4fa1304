package org.govreport.dsl.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.eclipse.xtext.resource.XtextResource;
import org.govreport.dsl.export.ExportFormat;
import org.govreport.dsl.overview.OverviewPage;
import org.govreport.dsl.overview.OverviewRow;

import com.google.inject.Inject;

/**
 * The office's overview page of many reports ({@code DIR/index.html}), with each report's HTML export beside
 * it ({@code DIR/reports/…}) for the page to link to. Each report is parsed and checked once, for its row and
 * its export alike. Nothing is overwritten unless forced.
 */
public class OverviewService {

	/** The page's file name in its folder. */
	public static final String PAGE = "index.html";

	/** The folder, beside the page, of the reports' exports. */
	public static final String REPORTS = "reports";

	/**
	 * What became of an overview.
	 *
	 * @param rows     one per report file, in the order found (a file that could not be read says why)
	 * @param page     the page written
	 * @param failures exports that could not be written (each listed; the row is there, without its link)
	 */
	public record Outcome(List<OverviewRow> rows, Path page, List<FileFailure> failures) {
	}

	/** One report's row, and the failure of its export if it failed. */
	private record Done(OverviewRow row, FileFailure exportFailure) {
	}

	@Inject
	private OverviewRows rows;

	@Inject
	private ReportLoader loader;

	@Inject
	private CheckService checks;

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
		// Exports are named in order (a second report to one file is refused), then everything runs on all cores.
		ExportTargets targets = new ExportTargets(dir.resolve(REPORTS));
		List<Path> files = new ArrayList<>();
		List<Object> targetOrFailure = new ArrayList<>();
		for (Path root : paths) {
			for (Path file : ReportFiles.expand(List.of(root))) {
				files.add(file);
				targetOrFailure.add(target(targets, root, file, force));
			}
		}
		if (files.isEmpty()) {
			throw new FileFailure(paths.get(0), FileFailure.UNREADABLE, "没有找到 .govreport 报告");
		}
		List<Done> done = IntStream.range(0, files.size()).parallel().mapToObj(i -> one(files.get(i), targetOrFailure.get(i), dir))
				.toList();
		AtomicFiles.write(page, OverviewPage.write(done.stream().map(Done::row).toList(), today.toString()));
		return new Outcome(done.stream().map(Done::row).toList(), page,
				done.stream().map(Done::exportFailure).filter(f -> f != null).toList());
	}

	/** Where a report's export goes, or the failure that says why it cannot go there. */
	private static Object target(ExportTargets targets, Path root, Path file, boolean force) {
		try {
			Path target = targets.of(root, file, ExportFormat.HTML);
			if (Files.exists(target) && !force) {
				throw new FileFailure(target, FileFailure.UNWRITABLE, "文件已存在，未覆盖（加 --force 覆盖）");
			}
			return target;
		} catch (FileFailure e) {
			return e;
		}
	}

	/**
	 * Reads and checks a report, makes its row and exports its HTML for the page to link to (its errors are on
	 * the page, so it is exported whatever they are; one that does not parse gets no link).
	 */
	private Done one(Path file, Object target, Path dir) {
		XtextResource resource;
		List<Finding> findings;
		try {
			resource = PerFile.run(file, () -> loader.load(file));
			findings = PerFile.run(file, () -> checks.check(file, resource));
		} catch (FileFailure e) {
			return new Done(rows.failed(e), null);
		}
		OverviewRow row = rows.row(file, resource, findings);
		if (!(target instanceof Path path)) {
			return new Done(row, (FileFailure) target);
		}
		try {
			List<Finding> errors = findings.stream().filter(Finding::isError).toList();
			ExportService.Outcome outcome = PerFile.run(file,
					() -> exports.export(file, resource, errors, Set.of(ExportFormat.HTML), false, f -> path, true));
			return new Done(outcome.written().isEmpty() ? row : row.withLink(link(dir, path)), null);
		} catch (FileFailure e) {
			return new Done(row, e);
		}
	}

	private static String link(Path dir, Path target) {
		return dir.toAbsolutePath().normalize().relativize(target.toAbsolutePath().normalize()).toString().replace('\\', '/');
	}
}
