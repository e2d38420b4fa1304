package org.govreport.eclipse.server;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.govreport.eclipse.markers.ProblemMarkers;
import org.osgi.framework.Bundle;

/**
 * The workbench's language server for reports: started when the first report opens, ended when the
 * last one closes or the workbench closes. Editors open and close reports here; hover, completion,
 * fixes and commands send their requests through {@link #request}.
 */
public final class ReportServer {

	public static final String LANGUAGE = "govreport";

	/** Preference: the Java home that runs the server (blank: the Java that runs Eclipse). */
	public static final String JAVA_HOME = "javaHome";

	private final Bundle bundle;

	private final IPreferenceStore preferences;

	private final ILog log;

	private final ProblemMarkers markers = new ProblemMarkers();

	private final Map<Path, OpenReport> open = new ConcurrentHashMap<>();

	/** Null while no report is open; edits read it without the lock. */
	private volatile CompletableFuture<ServerConnection> connection;

	public ReportServer(Bundle bundle, IPreferenceStore preferences, ILog log) {
		this.bundle = bundle;
		this.preferences = preferences;
		this.log = log;
	}

	/** Tells the server about a report an editor shows; the server is started if it is not running. */
	public synchronized OpenReport open(IDocument document, IFile file, Path path) {
		OpenReport report = new OpenReport(this, document, file, path.toAbsolutePath().normalize());
		open.put(report.path(), report);
		String text = document.get();
		running().thenAccept(c -> c.server().getTextDocumentService()
				.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(report.uri(), LANGUAGE, 1, text))));
		document.addDocumentListener(report);
		return report;
	}

	public synchronized void close(OpenReport report) {
		report.document().removeDocumentListener(report);
		if (!open.remove(report.path(), report)) {
			return;
		}
		if (open.isEmpty()) {
			stop();
			markers.clearAllLater();
			return;
		}
		if (connection != null) {
			connection.thenAccept(c -> c.server().getTextDocumentService()
					.didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(report.uri()))));
		}
		markers.clearLater(report);
	}

	void changed(OpenReport report) {
		int version = report.nextVersion();
		String text = report.document().get();
		CompletableFuture<ServerConnection> current = connection;
		if (current != null) {
			current.thenAccept(c -> c.server().getTextDocumentService().didChange(new DidChangeTextDocumentParams(
					new VersionedTextDocumentIdentifier(report.uri(), version), List.of(new TextDocumentContentChangeEvent(text)))));
		}
	}

	/** The report an editor's document belongs to, if it is open here. */
	public Optional<OpenReport> report(IDocument document) {
		return open.values().stream().filter(r -> r.document() == document).findFirst();
	}

	/** Sends a request once the server runs; fails at once if no report is open (the server is not running). */
	public synchronized <T> CompletableFuture<T> request(Function<ServerConnection, CompletableFuture<T>> call) {
		if (connection == null) {
			return CompletableFuture.failedFuture(new IllegalStateException("年度报告语言服务器未运行：没有打开的报告"));
		}
		return connection.thenCompose(call);
	}

	public boolean isRunning() {
		return connection != null;
	}

	/** Ends the server process (asks it to shut down, then closes its input, on which it exits). */
	public synchronized void stop() {
		if (connection != null) {
			connection.thenAccept(ServerConnection::close);
			connection = null;
		}
	}

	void published(Path path, List<Diagnostic> diagnostics) {
		OpenReport report = open.get(path);
		markers.update(path, report, diagnostics);
		if (report != null) {
			report.built(diagnostics);
		}
	}

	private CompletableFuture<ServerConnection> running() {
		if (connection == null) {
			connection = CompletableFuture.supplyAsync(this::start);
			connection.whenComplete((c, failure) -> {
				if (failure != null) {
					ServerMessages.show(failure.getCause() != null ? failure.getCause().getMessage() : failure.getMessage());
				}
			});
		}
		return connection;
	}

	private ServerConnection start() {
		ServerJava java = ServerJava.of(preferences.getString(JAVA_HOME));
		java.problem().ifPresent(problem -> {
			throw new IllegalStateException(problem);
		});
		try {
			Path workspace = Path.of(ResourcesPlugin.getWorkspace().getRoot().getLocationURI());
			return ServerConnection.start(java, ServerJar.in(bundle), workspace, new ReportClient(this, log),
					bundle.getDataFile("server.log").toPath());
		} catch (IOException e) {
			throw new IllegalStateException("年度报告语言服务器启动失败：" + e.getMessage(), e);
		}
	}
}
