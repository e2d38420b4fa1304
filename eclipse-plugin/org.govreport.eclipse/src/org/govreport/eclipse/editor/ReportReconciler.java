package org.govreport.eclipse.editor;

import java.nio.file.Path;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextInputListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.govreport.eclipse.GovReportPlugin;
import org.govreport.eclipse.highlighting.SemanticHighlighting;
import org.govreport.eclipse.server.OpenReport;

/**
 * Connects a Generic Editor showing a report to the language server: the report is opened on the
 * server with the editor's document, every edit is sent, and the report is closed with the editor.
 * The Generic Editor installs reconcilers before it has its document, hence the input listener.
 */
public class ReportReconciler implements IReconciler, ITextInputListener {

	private ITextViewer viewer;

	private OpenReport report;

	private SemanticHighlighting highlighting;

	@Override
	public void install(ITextViewer textViewer) {
		viewer = textViewer;
		viewer.addTextInputListener(this);
		connect(viewer.getDocument());
	}

	@Override
	public void uninstall() {
		disconnect();
		viewer.removeTextInputListener(this);
	}

	@Override
	public void inputDocumentAboutToBeChanged(IDocument oldInput, IDocument newInput) {
		disconnect();
	}

	@Override
	public void inputDocumentChanged(IDocument oldInput, IDocument newInput) {
		connect(newInput);
	}

	@Override
	public IReconcilingStrategy getReconcilingStrategy(String contentType) {
		return null; // the server reconciles
	}

	private void connect(IDocument document) {
		if (document == null || report != null) {
			return;
		}
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		if (buffer == null || buffer.getFileStore() == null) {
			return;
		}
		// A file opened from outside the workspace (File › Open File…) has no IFile, hence no markers.
		IFile file = buffer.getLocation().segmentCount() < 2 ? null : ResourcesPlugin.getWorkspace().getRoot().getFile(buffer.getLocation());
		Path path = Path.of(buffer.getFileStore().toURI());
		report = GovReportPlugin.get().server().open(document, file != null && file.exists() ? file : null, path);
		highlighting = new SemanticHighlighting(viewer, report);
	}

	private void disconnect() {
		if (report != null) {
			highlighting.dispose();
			GovReportPlugin.get().server().close(report);
			report = null;
		}
	}
}
