package org.govreport.eclipse.server;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.lsp4j.Diagnostic;

/**
 * A report open in an editor: its document, the file it was read from and the version the server
 * has. Every edit goes to the server whole (reports are a few kilobytes; the server rebuilds the whole
 * report anyway).
 */
public final class OpenReport implements IDocumentListener {

	/** Told after the server has published diagnostics for this report (the report is built then). */
	public interface Listener {
		void built(OpenReport report, List<Diagnostic> diagnostics);
	}

	private final ReportServer server;

	private final IDocument document;

	private final IFile file;

	private final Path path;

	private final List<Listener> listeners = new CopyOnWriteArrayList<>();

	private int version = 1;

	private volatile int builds;

	OpenReport(ReportServer server, IDocument document, IFile file, Path path) {
		this.server = server;
		this.document = document;
		this.file = file;
		this.path = path;
	}

	public IDocument document() {
		return document;
	}

	/** The workspace file; null for a file opened from outside the workspace. */
	public IFile file() {
		return file;
	}

	public Path path() {
		return path;
	}

	public String uri() {
		return path.toUri().toString();
	}

	public void addListener(Listener listener) {
		listeners.add(listener);
	}

	public void removeListener(Listener listener) {
		listeners.remove(listener);
	}

	/** How many times the server has published diagnostics for this report since it was opened. */
	public int builds() {
		return builds;
	}

	void built(List<Diagnostic> diagnostics) {
		builds++;
		listeners.forEach(l -> l.built(this, diagnostics));
	}

	synchronized int nextVersion() {
		return ++version;
	}

	@Override
	public void documentAboutToBeChanged(DocumentEvent event) {
		// Only the text after the change is sent.
	}

	@Override
	public void documentChanged(DocumentEvent event) {
		server.changed(this);
	}
}
