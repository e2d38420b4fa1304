package org.govreport.eclipse.markers;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.Diagnostic;
import org.govreport.eclipse.GovReportPlugin;

/** Replaces one file's markers with the newest diagnostics. */
final class MarkerJob extends Job {

	private record Pending(IDocument document, List<Diagnostic> diagnostics) {
	}

	private final IFile file;

	private final AtomicReference<Pending> pending = new AtomicReference<>();

	MarkerJob(IFile file) {
		super("年度报告：更新问题标记 " + file.getName());
		this.file = file;
		setSystem(true);
		setRule(file);
	}

	@Override
	public boolean belongsTo(Object family) {
		return ProblemMarkers.TYPE.equals(family);
	}

	void write(IDocument document, List<Diagnostic> diagnostics) {
		pending.set(new Pending(document, diagnostics));
		schedule();
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		Pending next = pending.getAndSet(null);
		if (next == null || !file.exists()) {
			return Status.OK_STATUS;
		}
		IWorkspaceRunnable replace = m -> {
			file.deleteMarkers(ProblemMarkers.TYPE, true, 0);
			for (Diagnostic diagnostic : next.diagnostics()) {
				file.createMarker(ProblemMarkers.TYPE, MarkerAttributes.of(diagnostic, next.document()));
			}
		};
		try {
			file.getWorkspace().run(replace, file, 0, monitor);
		} catch (CoreException e) {
			GovReportPlugin.log().log(e.getStatus());
		}
		return Status.OK_STATUS;
	}
}
