package org.govreport.dsl.report;

import java.util.function.Function;

import org.eclipse.xtext.util.IResourceScopeCache;
import org.govreport.dsl.form.Forms;
import org.govreport.dsl.govReport.Report;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Views of a report computed once per parse and cached with the resource (dropped when the text
 * changes): the report read through its form, its sums, and whatever a caller derives from them.
 * Validators and the language server's features share these, so a keystroke computes them once.
 */
@Singleton
public class ReportViews {

	@Inject
	private IResourceScopeCache cache;

	@Inject
	private Forms forms;

	public ResolvedReport resolved(Report report) {
		return get(report, ResolvedReport.class, r -> ResolvedReport.of(r, forms));
	}

	/** The sum rules laid over the report: what the arithmetic checks, hover and code lens read. */
	public ArithmeticAnalysis arithmetic(Report report) {
		return get(report, ArithmeticAnalysis.class, r -> ArithmeticAnalysis.of(resolved(r)));
	}

	/** A view of the report, computed by {@code compute} at most once per parse; {@code key} names the view. */
	public <T> T get(Report report, Object key, Function<Report, T> compute) {
		if (report.eResource() == null) {
			return compute.apply(report);
		}
		return cache.get(key, report.eResource(), () -> compute.apply(report));
	}
}
