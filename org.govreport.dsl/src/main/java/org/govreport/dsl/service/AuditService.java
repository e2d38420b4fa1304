package org.govreport.dsl.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.xtext.resource.XtextResource;
import org.govreport.dsl.govReport.Report;
import org.govreport.dsl.imports.ImportNote;
import org.govreport.dsl.imports.ReportImport;
import org.govreport.dsl.region.ReportFacts;
import org.govreport.dsl.region.ReportFactsReader;
import org.govreport.dsl.report.ReportViews;

import com.google.inject.Inject;

/**
 * One published report as the supervising office sees it: imported in memory (a .govreport file is read as
 * it is), checked, and reduced to an {@link AuditedReport} whose parse can be dropped.
 */
public class AuditService {

	/**
	 * The files audit reads from a folder: those it imports, and the PDF and old Word files published reports
	 * often are, so that each gets a line saying how to convert it instead of being passed over in silence.
	 */
	private static final Set<String> EXTENSIONS = Set.of(".txt", ".text", ".html", ".htm", ".docx", ".json",
			".pdf", ".doc", ".wps", ReportFiles.EXTENSION);

	@Inject
	private ReportLoader loader;

	@Inject
	private ImportService imports;

	@Inject
	private CheckService checks;

	@Inject
	private ReportViews views;

	@Inject
	private ReportFactsReader facts;

	/**
	 * The files to audit: files as named, folders searched for the extensions audit reads.
	 *
	 * @throws FileFailure for a folder that cannot be read
	 */
	public List<Path> files(List<Path> paths) {
		List<Path> files = new ArrayList<>();
		for (Path path : paths) {
			if (!Files.isDirectory(path)) {
				files.add(path); // one that does not exist gets a line saying so
				continue;
			}
			try (Stream<Path> walk = Files.walk(path)) {
				walk.filter(Files::isRegularFile).filter(p -> EXTENSIONS.contains("." + kind(p))).sorted().forEach(files::add);
			} catch (IOException | UncheckedIOException e) {
				throw new FileFailure(path, FileFailure.UNREADABLE, "无法读取文件夹：" + IoReasons.of(e));
			}
		}
		return files;
	}

	/**
	 * A report as audited alone, and its findings as {@code check --format json} prints them (positions in the
	 * imported text), kept apart so that an audit of many reports can keep the one without the other.
	 */
	public record Audited(AuditedReport report, List<Finding> findings) {
	}

	/** One report, audited alone; a file that cannot be read or imported gives a report that says why. */
	public Audited audit(Path path) {
		try {
			return PerFile.run(path, () -> audited(path));
		} catch (FileFailure e) {
			return new Audited(AuditedReport.failed(path.toString(), kind(path), e), List.of());
		}
	}

	private Audited audited(Path path) {
		XtextResource resource;
		int unreadable = 0;
		if (("." + kind(path)).equals(ReportFiles.EXTENSION)) {
			resource = loader.load(path);
		} else {
			// Parsed unformatted: formatting changes only white space, and nobody sees this text.
			ReportImport.Result imported = imports.read(path);
			unreadable = (int) imported.notes().stream().filter(ImportNote::isGap).count();
			resource = loader.parse(ReportImport.target(path), imported.text());
		}
		List<Finding> findings = checks.check(path, resource);
		Map<String, Integer> codes = new HashMap<>();
		findings.forEach(f -> codes.merge(f.code(), 1, Integer::sum));
		Report report = resource.getContents().isEmpty() ? null : (Report) resource.getContents().get(0);
		int errors = (int) findings.stream().filter(Finding::isError).count();
		String file = path.toString(); // one string for the report and its facts: an audit keeps both
		ReportFacts read = report == null ? null : facts.read(file, report);
		return new Audited(new AuditedReport(file, kind(path), read == null ? "" : read.organ(), read == null ? 0 : read.year(),
				report == null ? "" : views.resolved(report).format().intern(), errors, (int) findings.stream().filter(Finding::isWarning).count(),
				unreadable, Map.copyOf(codes), null, read), findings); // compact: an audit keeps every report's codes
	}

	/** A file's kind: its extension in lower case, without the dot. */
	private static String kind(Path path) {
		String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).intern(); // one string per kind among an audit's reports
	}
}
