package org.govreport.dsl.service;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.xtext.resource.XtextResource;
import org.govreport.dsl.govReport.Report;
import org.govreport.dsl.overview.OverviewRow;
import org.govreport.dsl.overview.Outcomes;
import org.govreport.dsl.region.Deadlines;
import org.govreport.dsl.report.Indicators;
import org.govreport.dsl.report.ResolvedReport;
import org.govreport.dsl.report.ReportViews;

import com.google.inject.Inject;

/**
 * Where the overview page gets its rows: a report's status and findings by code (from the findings the overview
 * has already, so that 10,000 reports are parsed and checked once), its {@link Indicators}, outcomes, 发布日期
 * and the regulation's deadline as the region audit computes them ({@link Deadlines}). The audit's pairing,
 * roster and deadline files are not read here: the one place to add them.
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
			return new OverviewRow(file.toString(), "", 0, errors, (int) findings.stream().filter(Finding::isWarning).count(), codes, null, null, null, null,
					Map.of(), null, null, null, null);
		}
		Report report = (Report) resource.getContents().get(0);
		ResolvedReport resolved = views.resolved(report);
		Indicators indicators = Indicators.of(resolved);
		return new OverviewRow(file.toString(), report.getOrgan() == null ? "" : report.getOrgan(), report.getYear(), errors,
				(int) findings.stream().filter(Finding::isWarning).count(), codes, indicators.requests().orElse(null), indicators.disclosureRate().orElse(null),
				indicators.reviews().orElse(null), indicators.lawsuits().orElse(null), Outcomes.of(resolved),
				Deadlines.published(report.getDate()).orElse(null), deadline(report.getYear(), report.getOrgan()), null, null);
	}

	/** The row of a file that could not be read: it is listed with why. */
	public OverviewRow failed(FileFailure failure) {
		return OverviewRow.failed(failure.path().toString(), failure.getMessage() + " [" + failure.code() + "]");
	}

	/** The regulation's deadline (the audit's {@link Deadlines}; the overview takes no deadline file). */
	private static LocalDate deadline(int year, String organ) {
		return year <= 0 ? null : Deadlines.regulation().deadline(year, organ, null);
	}
}
