package org.govreport.dsl.ide.workspace;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

/**
 * Checks one closed report as saved on disk, in a resource set of its own that is dropped afterwards,
 * so that checking a folder of reports keeps none of them in memory.
 */
public class ClosedReportCheck {

	/** What the check found, handed over while the report is still loaded (related locations need it). */
	public interface Findings {
		void accept(URI uri, List<Issue> issues, XtextResource report);
	}

	@Inject
	private IResourceServiceProvider.Registry languages;

	public void check(URI uri, Findings findings) {
		IResourceServiceProvider language = languages.getResourceServiceProvider(uri);
		XtextResourceSet resources = language.get(XtextResourceSet.class);
		try {
			Resource report = resources.getResource(uri, true);
			List<Issue> issues = language.getResourceValidator().validate(report, CheckMode.ALL, CancelIndicator.NullImpl);
			findings.accept(uri, issues, (XtextResource) report);
		} finally {
			for (Resource resource : List.copyOf(resources.getResources())) {
				resource.unload();
			}
			resources.getResources().clear();
		}
	}
}
