package org.govreport.dsl.service;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
 * pairing of an organ's years, its roster, deadlines and lateness) once they exist. Today a row is what the
 * audit says of a report ({@link AuditLine}: status, findings by code — computed here from the findings the
 * overview has already, so that 10,000 reports are parsed and checked once) with its {@link Indicators},
 * outcomes and 发布日期; lateness uses the regulation's plain default deadline only.
 */
public class OverviewRows {

	@Inject
	private ReportViews views;

	/** A report's row, from its parse and its findings. */
	public OverviewRow row(Path file, XtextResource resource, List<Finding> findings) {
		Map<String, Integer> codes = new TreeMap<>();
		findings.forEach(f -> codes.merge(f.code(), 1, Integer::sum));
		int errors = (int) findings.stream().filter(Finding::isError).count();
		if (resource.getContents().isEmpty()) {
			return new OverviewRow(file.toString(), "", 0, errors, findings.size() - errors, codes, null, null, null, null,
					Map.of(), null, null, null, null);
		}
		Report report = (Report) resource.getContents().get(0);
		ResolvedReport resolved = views.resolved(report);
		Indicators indicators = Indicators.of(resolved);
		return new OverviewRow(file.toString(), report.getOrgan() == null ? "" : report.getOrgan(), report.getYear(), errors,
				findings.size() - errors, codes, indicators.requests().orElse(null), indicators.disclosureRate().orElse(null),
				indicators.reviews().orElse(null), indicators.lawsuits().orElse(null), Outcomes.of(resolved),
				date(report.getDate()), deadline(report.getYear()), null, null);
	}

	/** The row of a file that could not be read: it is listed with why. */
	public OverviewRow failed(FileFailure failure) {
		return OverviewRow.failed(failure.path().toString(), failure.getMessage() + " [" + failure.code() + "]");
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
