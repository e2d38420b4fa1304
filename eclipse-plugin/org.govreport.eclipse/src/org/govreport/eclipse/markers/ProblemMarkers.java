package org.govreport.eclipse.markers;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.Diagnostic;
import org.govreport.eclipse.server.OpenReport;

/**
 * The server's diagnostics as problem markers (ruler, overview ruler, Problems view). One job per
 * file writes the newest diagnostics; diagnostics that arrive while it waits replace older ones, so a
 * burst of edits costs one marker update.
 */
public final class ProblemMarkers {

	public static final String TYPE = "org.govreport.eclipse.problem";

	private final Map<IFile, MarkerJob> jobs = new ConcurrentHashMap<>();

	/** {@code report} is null for a report the server checked without an editor (no document offsets). */
	public void update(Path path, OpenReport report, List<Diagnostic> diagnostics) {
		IFile file = report != null && report.file() != null ? report.file() : workspaceFile(path);
		if (file == null) {
			return;
		}
		IDocument document = report == null ? null : report.document();
		jobs.computeIfAbsent(file, MarkerJob::new).write(document, diagnostics);
	}

	/** A closed report's markers go: no server keeps them current any more. */
	public void clearLater(OpenReport report) {
		if (report.file() != null) {
			jobs.computeIfAbsent(report.file(), MarkerJob::new).write(null, List.of());
		}
	}

	/** Every marker of this plugin, when the server ends with the last report (none keeps them current). */
	public void clearAllLater() {
		Job clear = Job.createSystem("年度报告：清除问题标记",
				(org.eclipse.core.runtime.ICoreRunnable) monitor -> ResourcesPlugin.getWorkspace().getRoot().deleteMarkers(TYPE, true,
						IResource.DEPTH_INFINITE));
		clear.setRule(ResourcesPlugin.getWorkspace().getRoot());
		clear.schedule();
	}

	public static IMarker[] of(IFile file) throws CoreException {
		return file.findMarkers(TYPE, true, IResource.DEPTH_ZERO);
	}

	private static IFile workspaceFile(Path path) {
		IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(path.toUri());
		return files.length == 0 ? null : files[0];
	}
}
