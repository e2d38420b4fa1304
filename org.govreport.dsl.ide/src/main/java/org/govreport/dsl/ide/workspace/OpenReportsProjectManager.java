package org.govreport.dsl.ide.workspace;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;

/**
 * Xtext's project manager builds every file of the workspace folder at start and keeps each one
 * loaded for good. Reports are nearly independent, so this one builds only the reports the client
 * opened; after every build it lets go of every file no open report needs (an open report needs
 * itself and its {@code 上年报告}). Closed reports are {@link ClosedReports}' business.
 */
public class OpenReportsProjectManager extends ProjectManager {

	@Inject
	private LastYearLinks links;

	@Override
	public IncrementalBuilder.Result doInitialBuild(CancelIndicator cancelIndicator) {
		return doBuild(List.of(), List.of(), List.of(), cancelIndicator);
	}

	@Override
	public IncrementalBuilder.Result doBuild(List<URI> dirtyFiles, List<URI> deletedFiles,
			List<IResourceDescription.Delta> externalDeltas, CancelIndicator cancelIndicator) {
		IncrementalBuilder.Result result = super.doBuild(dirtyFiles, deletedFiles, externalDeltas, cancelIndicator);
		releaseWhatNoOpenReportNeeds();
		return result;
	}

	/** Unloads a file (changed on disk), so that the next build that needs it reads it again. */
	public void release(URI uri) {
		Resource resource = getResourceSet() == null ? null : getResourceSet().getResource(uri, false);
		if (resource != null) {
			unload(getResourceSet(), resource);
		}
	}

	private void releaseWhatNoOpenReportNeeds() {
		ResourceSet resources = getResourceSet();
		Set<URI> needed = new HashSet<>();
		for (Resource resource : resources.getResources()) {
			if (getOpenedDocumentsContentProvider().hasContent(resource.getURI())) {
				needed.add(resource.getURI());
				links.target(resource).ifPresent(needed::add);
			}
		}
		for (Resource resource : List.copyOf(resources.getResources())) {
			if (!needed.contains(resource.getURI())) {
				unload(resources, resource);
			}
		}
	}

	private static void unload(ResourceSet resources, Resource resource) {
		resources.getResources().remove(resource);
		resource.unload();
	}
}
