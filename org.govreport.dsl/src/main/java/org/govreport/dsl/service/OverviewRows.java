package org.govreport.dsl.service;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.eclipse.xtext.resource.XtextResource;
import org.govreport.dsl.govReport.Report;
import org.govreport.dsl.overview.OverviewRow;
import org.govreport.dsl.overview.Outcomes;
import org.govreport.dsl.report.Indicators;
import org.govreport.dsl.report.ResolvedReport;
import org.govreport.dsl.report.ReportViews;

import com.google.inject.Inject;

/**
 * Where the overview page gets its rows: the ONE place to switch to the region audit's results (issue 16:
 * pairing of an organ's years, its roster, deadlines and lateness) once they exist. Today a row is the audit's
 * line of the report ({@link AuditService#audit}: status, findings by code) with its {@link Indicators},
 * its outcomes and its 发布日期; lateness uses the regulation's plain default deadline only.
 */
public class OverviewRows {

	@Inject
	private AuditService audits;

	@Inject
	private ReportLoader loader;

	@Inject
	private ReportViews views;

	/** The overview's row of one report file; a file that cannot be read gives a row that says why. */
	public OverviewRow row(Path file) {
		AuditLine line = audits.audit(file);
		if (line.failure() != null) {
			return OverviewRow.failed(file.toString(), line.failure());
		}
		try {
			return PerFile.run(file, () -> row(file, line, loader.load(file)));
		} catch (FileFailure e) {
			return OverviewRow.failed(file.toString(), e.getMessage() + " [" + e.code() + "]");
		}
	}

	private OverviewRow row(Path file, AuditLine line, XtextResource resource) {
		if (resource.getContents().isEmpty()) {
			return new OverviewRow(file.toString(), line.organ(), line.year(), line.errors(), line.warnings(), line.codes(),
					null, null, null, null, Map.of(), null, null, null, null);
		}
		Report report = (Report) resource.getContents().get(0);
		ResolvedReport resolved = views.resolved(report);
		Indicators indicators = Indicators.of(resolved);
		return new OverviewRow(file.toString(), line.organ(), line.year(), line.errors(), line.warnings(), line.codes(),
				indicators.requests().orElse(null), indicators.disclosureRate().orElse(null),
				indicators.reviews().orElse(null), indicators.lawsuits().orElse(null), Outcomes.of(resolved),
				date(report.getDate()), deadline(line.year()), null, null);
	}

	/**
	 * PROVISIONAL until the region audit (issue 16) gives each organ's real deadline: the regulation's default,
	 * 31 January of the following year (《条例》第五十条), with no extension or local rule.
	 */
	private static LocalDate deadline(int year) {
		return year <= 0 ? null : LocalDate.of(year + 1, 1, 31);
	}

	/** 发布日期 as a date; null when the report gives none or no real one (S18 reports that). */
	private static LocalDate date(String text) {
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		} catch (DateTimeParseException e) {
			return null;
		}
	}
}
