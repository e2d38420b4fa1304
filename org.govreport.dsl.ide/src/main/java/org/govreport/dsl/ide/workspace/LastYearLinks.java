package org.govreport.dsl.ide.workspace;

import java.util.Collection;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.govreport.dsl.govReport.GovReportPackage;
import org.govreport.dsl.govReport.Report;

/**
 * What a loaded report's {@code 上年报告} points at, read without resolving anything: the only link
 * between reports, so the only reason to build or keep another file.
 */
public class LastYearLinks {

	/** The file of last year's report, when the link was resolved (even if that file was unloaded since). */
	public Optional<URI> target(Resource report) {
		EObject previous = previous(report);
		if (previous == null) {
			return Optional.empty();
		}
		URI target = previous.eIsProxy() ? ((InternalEObject) previous).eProxyURI().trimFragment()
				: previous.eResource() == null ? null : previous.eResource().getURI();
		// Xtext's proxy of a link not resolved yet points into the report itself.
		return target == null || target.equals(report.getURI()) ? Optional.empty() : Optional.of(target);
	}

	/**
	 * Whether the report has to be checked again after {@code changed} files changed: its last year's
	 * file is one of them, or its link is unresolved (the missing file may be one that just appeared).
	 */
	public boolean dependsOnAny(Resource report, Collection<URI> changed) {
		if (previous(report) == null) {
			return false;
		}
		return target(report).map(changed::contains).orElse(true);
	}

	private static EObject previous(Resource report) {
		if (report.getContents().isEmpty() || !(report.getContents().get(0) instanceof Report root)) {
			return null;
		}
		return (EObject) root.eGet(GovReportPackage.Literals.REPORT__PREVIOUS, false);
	}
}
