package org.govreport.dsl.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import org.eclipse.xtext.resource.XtextResource;
import org.govreport.dsl.export.ExportFormat;
import org.govreport.dsl.export.ReportDocument;
import org.govreport.dsl.govReport.Report;
import org.govreport.dsl.report.ReportViews;

import com.google.inject.Inject;

/**
 * Exports reports, for the command line and the editors alike: check, refuse a report with errors, name
 * each output, write it atomically.
 */
public class ExportService {

	/**
	 * What became of one report's export.
	 *
	 * @param errors       the report's errors (listed whether it was exported or not)
	 * @param refused      nothing was written: the report has errors and was not forced, or does not parse
	 * @param written      the files written
	 * @param sameAsSource targets skipped because they are the report file itself
	 */
	public record Outcome(List<Finding> errors, boolean refused, boolean parsed, List<Path> written,
			List<Path> sameAsSource) {
	}

	@Inject
	private ReportLoader loader;

	@Inject
	private CheckService checks;

	@Inject
	private ReportViews views;

	/**
	 * Exports a report file.
	 *
	 * @throws FileFailure whatever went wrong with the file or an output (unreadable, unwritable …)
	 */
	public Outcome export(Path file, Collection<ExportFormat> formats, boolean fragment,
			Function<ExportFormat, Path> targetOf, boolean force) {
		return PerFile.run(file, () -> export(file, loader.load(file), formats, fragment, targetOf, force));
	}

	/**
	 * Exports a parsed report (an editor's, unsaved edits included) in each format to the file
	 * {@code targetOf} names. A report with errors is refused unless {@code force}; one that does not parse
	 * is always refused.
	 */
	public Outcome export(Path source, XtextResource resource, Collection<ExportFormat> formats, boolean fragment,
			Function<ExportFormat, Path> targetOf, boolean force) throws IOException {
		return export(source, resource, checks.errors(source, resource), formats, fragment, targetOf, force);
	}

	/** The same, for a caller that has just checked the report: {@code errors} are its errors. */
	public Outcome export(Path source, XtextResource resource, List<Finding> errors, Collection<ExportFormat> formats,
			boolean fragment, Function<ExportFormat, Path> targetOf, boolean force) throws IOException {
		boolean parsed = !resource.getContents().isEmpty();
		if (!errors.isEmpty() && (!force || !parsed)) {
			return new Outcome(errors, true, parsed, List.of(), List.of());
		}
		ReportDocument document = document(resource);
		List<Path> written = new ArrayList<>();
		List<Path> same = new ArrayList<>();
		for (ExportFormat format : formats) {
			Path target = targetOf.apply(format);
			if (Files.exists(target) && Files.exists(source) && Files.isSameFile(target, source)) {
				same.add(target);
				continue;
			}
			AtomicFiles.write(target, format.exporter(fragment).export(document));
			written.add(target);
		}
		return new Outcome(errors, false, true, List.copyOf(written), List.copyOf(same));
	}

	/** The report as the HTML export's whole page, for an editor's preview (shown whatever its errors). */
	public String preview(XtextResource resource) {
		return new String(ExportFormat.HTML.exporter(false).export(document(resource)), StandardCharsets.UTF_8);
	}

	private ReportDocument document(XtextResource resource) {
		return ReportDocument.of(views.resolved((Report) resource.getContents().get(0)));
	}
}
