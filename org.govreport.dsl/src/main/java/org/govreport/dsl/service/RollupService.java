package org.govreport.dsl.service;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.govreport.dsl.form.Forms;
import org.govreport.dsl.govReport.Report;
import org.govreport.dsl.report.ReportViews;
import org.govreport.dsl.report.ResolvedReport;
import org.govreport.dsl.rollup.RegionSum;
import org.govreport.dsl.rollup.ReportFigures;
import org.govreport.dsl.rollup.RollupSelection;
import org.govreport.dsl.rollup.RollupText;

import com.google.inject.Inject;

/**
 * Sums the reports of a region into one report of the same form (逐级汇总): reads and checks every report,
 * chooses those to sum ({@link RollupSelection}), writes the sum canonically and atomically, and checks it.
 */
public class RollupService {

	/**
	 * What to roll up.
	 *
	 * @param organ    the organ whose report the roll-up is
	 * @param year     the year of the reports to sum
	 * @param paths    report files and folders
	 * @param output   the file to write
	 * @param lastYear last year's roll-up, linked as 上年报告 so that carry-over is checked, or null
	 * @param force    sum refused reports too, and overwrite the output
	 */
	public record Request(String organ, int year, List<Path> paths, Path output, Path lastYear, boolean force) {
	}

	/**
	 * What became of a roll-up.
	 *
	 * @param failures  files that could not be read (each listed, none summed)
	 * @param selection the reports summed, refused and forced; null when no report was found
	 * @param refusal   why nothing was written, or null
	 * @param written   the roll-up written, or null
	 * @param findings  the roll-up's own findings
	 */
	public record Outcome(List<FileFailure> failures, RollupSelection selection, String refusal, Path written,
			List<Finding> findings) {

		/** Whether the office has something to look at: a report left out or forced in, or a roll-up with errors. */
		public boolean hasFindings() {
			return refusal != null || !selection.refused().isEmpty() || !selection.forced().isEmpty()
					|| findings.stream().anyMatch(Finding::isError);
		}
	}

	@Inject
	private ReportLoader loader;

	@Inject
	private CheckService checks;

	@Inject
	private ReportViews views;

	@Inject
	private FormatService formatting;

	@Inject
	private Forms forms;

	/**
	 * Rolls reports up.
	 *
	 * @throws FileFailure when a folder cannot be read, last year's roll-up is missing, or the output exists
	 *                     (without force) or cannot be written
	 */
	public Outcome rollup(Request request) {
		List<Path> files = ReportFiles.expand(request.paths());
		List<FileFailure> failures = new ArrayList<>();
		// Read on all cores; each report is reduced to its figures at once, so its parse can be dropped.
		List<Object> read = files.parallelStream().map(file -> {
			try {
				return (Object) PerFile.run(file, () -> figures(file));
			} catch (FileFailure e) {
				return e;
			}
		}).toList();
		List<ReportFigures> figures = new ArrayList<>();
		for (Object one : read) {
			if (one instanceof FileFailure failure) {
				failures.add(failure);
			} else {
				figures.add((ReportFigures) one);
			}
		}
		if (figures.isEmpty()) {
			return new Outcome(failures, null, files.isEmpty() ? "没有找到 .govreport 报告" : "没有可读取的报告", null, List.of());
		}
		RollupSelection selection = RollupSelection.of(figures, request.year(), request.force());
		String refusal = selection.mixedFormats();
		if (refusal == null && selection.included().isEmpty()) {
			refusal = "没有可汇总的报告（均未通过，见上）";
		}
		if (refusal != null) {
			return new Outcome(failures, selection, refusal, null, List.of());
		}
		Path output = request.output();
		if (Files.exists(output) && !request.force()) {
			throw new FileFailure(output, FileFailure.UNWRITABLE, "文件已存在，未覆盖（加 --force 覆盖）");
		}
		RegionSum sum = new RegionSum(forms.form(selection.included().get(0).format()).orElseThrow());
		selection.included().forEach(sum::add);
		String text = RollupText.write(new RollupText.Head(request.organ(), request.year(), lastYearRef(request)), sum,
				selection, forms.checks());
		AtomicFiles.write(output, formatting.format(output, text).getBytes(StandardCharsets.UTF_8));
		return new Outcome(failures, selection, null, output, checks.check(output));
	}

	private ReportFigures figures(Path file) {
		XtextResource resource = loader.load(file);
		int errors = checks.errors(file, resource).size();
		if (resource.getContents().isEmpty() || resource.getParseResult().hasSyntaxErrors()) {
			return ReportFigures.unparsed(file, errors);
		}
		ResolvedReport report = views.resolved((Report) resource.getContents().get(0));
		return ReportFigures.of(file, report, errors);
	}

	/** 上年报告 as the roll-up refers to it: relative to the roll-up's folder, with / between folders. */
	private static String lastYearRef(Request request) {
		if (request.lastYear() == null) {
			return null;
		}
		if (!Files.isRegularFile(request.lastYear())) {
			throw new FileFailure(request.lastYear(), FileFailure.UNREADABLE, "上年汇总报告不存在或不是文件");
		}
		Path folder = request.output().toAbsolutePath().normalize().getParent();
		return folder.relativize(request.lastYear().toAbsolutePath().normalize()).toString().replace('\\', '/');
	}
}
