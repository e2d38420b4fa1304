package org.govreport.dsl.ide.workspace;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.ide.server.BuildManager.Buildable;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.ide.server.WorkspaceManager;

import com.google.inject.Inject;

/**
 * The workspace as the set of open reports (see {@link OpenReportsProjectManager}): a report leaves
 * the build when it is closed, and an open report is built again whenever its last year's report
 * changes, open or on disk.
 */
public class OpenReportsWorkspaceManager extends WorkspaceManager {

	@Inject
	private LastYearLinks links;

	/** Read by the closed-report checker's thread as well. */
	@Override
	protected Map<URI, Document> createOpenDocuments() {
		return new ConcurrentHashMap<>();
	}

	/**
	 * Xtext builds a closed file again from disk and keeps it in the workspace; here it leaves the build
	 * (its diagnostics are cleared) and the closed-report setting decides whether it is checked.
	 */
	@Override
	public Buildable didClose(URI uri) {
		getOpenDocuments().remove(uri);
		return didChangeFiles(List.of(), List.of(uri));
	}

	@Override
	public Buildable didChangeFiles(List<URI> dirtyFiles, List<URI> deletedFiles) {
		Set<URI> changed = new HashSet<>(dirtyFiles);
		changed.addAll(deletedFiles);
		return super.didChangeFiles(withDependents(dirtyFiles, changed), deletedFiles);
	}

	/**
	 * Files that are not open changed or went away on disk: the copies loaded as someone's last year's
	 * report are dropped, and the open reports naming them are built again (reading them afresh).
	 */
	public Buildable didChangeOnDisk(List<URI> files) {
		for (ProjectManager project : getProjectManagers()) {
			if (project instanceof OpenReportsProjectManager reports) {
				files.forEach(reports::release);
			}
		}
		return super.didChangeFiles(withDependents(List.of(), Set.copyOf(files)), List.of());
	}

	/** The dirty files and every other open report whose last year's report is among the changed files. */
	private List<URI> withDependents(List<URI> dirtyFiles, Set<URI> changed) {
		List<URI> dirty = new ArrayList<>(dirtyFiles);
		for (URI open : getOpenDocuments().keySet()) {
			ProjectManager project = getProjectManager(open);
			Resource report = project == null || project.getResourceSet() == null ? null
					: project.getResourceSet().getResource(open, false);
			if (report != null && !changed.contains(open) && links.dependsOnAny(report, changed)) {
				dirty.add(open);
			}
		}
		return dirty;
	}
}
