package org.govreport.dsl.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.govreport.dsl.export.ExportFormat;
import org.govreport.dsl.export.NoticeDocx;
import org.govreport.dsl.export.NoticeHtml;
import org.govreport.dsl.govReport.Report;
import org.govreport.dsl.notice.Notice;
import org.govreport.dsl.notice.NoticeBuilder;
import org.govreport.dsl.report.ReportViews;

import com.google.inject.Inject;

/**
 * Writes, for a report with findings, the office's rectification notice to its organ (整改通知), as DOCX and
 * HTML: {@code 东温泉镇-整改通知.docx}. An existing notice is not overwritten unless forced.
 */
public class NoticeService {

	/** What the office puts in every notice. */
	public record Letterhead(String office, LocalDate deadline, LocalDate issued) {
	}

	/**
	 * What became of one report.
	 *
	 * @param findings its findings (none: no notice)
	 * @param parsed   whether it could be read as a report at all (one that cannot gets no notice)
	 * @param written  the notices written
	 */
	public record Outcome(List<Finding> findings, boolean parsed, List<Path> written) {
	}

	private static final String SUFFIX = "-整改通知";

	@Inject
	private ReportLoader loader;

	@Inject
	private CheckService checks;

	@Inject
	private ReportViews views;

	/**
	 * The notice of one report, written where {@code targets} puts it ({@code root} is the path it was found under).
	 *
	 * @throws FileFailure when the report cannot be read, or a notice cannot be written or exists (without force)
	 */
	public Outcome notice(Path root, Path file, ExportTargets targets, Letterhead letterhead, boolean force) {
		return PerFile.run(file, () -> {
			XtextResource resource = loader.load(file);
			List<Finding> findings = checks.check(file, resource);
			if (findings.isEmpty() || resource.getContents().isEmpty()) {
				return new Outcome(findings, !resource.getContents().isEmpty(), List.of());
			}
			Report report = (Report) resource.getContents().get(0);
			List<NoticeBuilder.Problem> problems = findings.stream()
					.map(f -> new NoticeBuilder.Problem(f.code(), f.isError(), f.line(), f.column(), f.message())).toList();
			Notice notice = NoticeBuilder.of(views.resolved(report), views.arithmetic(report), problems,
					file.getFileName().toString(), letterhead.office(), letterhead.deadline(), letterhead.issued());
			List<Path> written = new ArrayList<>();
			for (ExportFormat format : List.of(ExportFormat.DOCX, ExportFormat.HTML)) {
				String name = ReportFiles.exportName(file, format);
				Path target = targets.of(root, file, name.substring(0, name.lastIndexOf('.')) + SUFFIX + "." + format.extension());
				if (Files.exists(target) && !force) {
					throw new FileFailure(target, FileFailure.UNWRITABLE, "文件已存在，未覆盖（加 --force 覆盖）");
				}
				AtomicFiles.write(target, format == ExportFormat.DOCX ? NoticeDocx.write(notice) : NoticeHtml.write(notice));
				written.add(target);
			}
			return new Outcome(findings, true, List.copyOf(written));
		});
	}
}
