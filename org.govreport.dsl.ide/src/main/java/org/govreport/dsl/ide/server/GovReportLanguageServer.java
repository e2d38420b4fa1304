package org.govreport.dsl.ide.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.ide.server.BuildManager.Buildable;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.govreport.dsl.ide.diagnostics.AcknowledgedWarnings;
import org.govreport.dsl.ide.diagnostics.SumRelatedLocations;
import org.govreport.dsl.ide.workspace.ClosedReports;
import org.govreport.dsl.ide.workspace.Foreground;
import org.govreport.dsl.ide.workspace.OpenReportsWorkspaceManager;

import com.google.inject.Inject;

/**
 * Xtext's language server, changed for folders of thousands of reports: it answers
 * {@code initialize} at once, builds only the open reports (see {@code OpenReportsProjectManager}),
 * lists closed reports' problems in the background ({@link ClosedReports}, per {@link ServerSettings}),
 * and its diagnostics point at the cells of a broken sum (related locations).
 */
public class GovReportLanguageServer extends LanguageServerImpl {

	@Inject
	private ClosedReports closedReports;

	@Inject
	private Foreground foreground;

	@Inject
	private UriExtensions uris;

	private ServerCapabilities capabilities;

	private ServerSettings settings = ServerSettings.of(null);

	private List<Path> roots = List.of();

	/**
	 * Xtext answers {@code initialize} only once its queued start-up work is done. The answer (the
	 * capabilities) does not depend on it, so it goes out at once.
	 */
	@Override
	public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
		settings = ServerSettings.of(params.getInitializationOptions());
		roots = namedFolders(params);
		super.initialize(params); // queues the workspace set-up; Xtext logs its failures
		return CompletableFuture.completedFuture(new InitializeResult(capabilities));
	}

	/**
	 * Counts as the client's work, so that the background waits for the reports the client opens
	 * right after it.
	 */
	@Override
	public void initialized(InitializedParams params) {
		foreground.started();
		super.initialized(params);
		closedReports.start(roots, settings.closedReports(), getWorkspaceManager()::isDocumentOpen, new ClosedReports.Publisher() {
			/** Diagnostics of a closed report: the report is the checker's, loaded just for the check. */
			@Override
			public void accept(URI uri, List<Issue> issues, XtextResource report) {
				publish(uri, issues.stream().filter(issue -> issue.getSeverity() != Severity.IGNORE)
						.map(issue -> withSumCells(GovReportLanguageServer.super.toDiagnostic(issue), issue, report)).toList());
			}

			@Override
			public void clear(URI uri) {
				publish(uri, List.of());
			}
		});
		foreground.finished();
	}

	@Override
	public CompletableFuture<Object> shutdown() {
		closedReports.stop();
		return super.shutdown();
	}

	@Override
	protected ServerCapabilities createServerCapabilities(InitializeParams params) {
		capabilities = super.createServerCapabilities(params);
		return capabilities;
	}

	/**
	 * A client that opens a single file may name no workspace at all (no root URI, no root path);
	 * Xtext would fail on the missing root, so such a session works in the folder the server was
	 * started in.
	 */
	@Override
	protected URI getBaseDir(InitializeParams params) {
		URI named = super.getBaseDir(params);
		return named != null ? named : URI.createFileURI(Path.of("").toAbsolutePath().toString() + "/");
	}

	/** A closed report leaves the build; if closed reports are listed, it is checked again as saved. */
	@Override
	public void didClose(DidCloseTextDocumentParams params) {
		super.didClose(params);
		URI uri = getURI(params.getTextDocument());
		if (uri.isFile()) {
			closedReports.changed(Path.of(uri.toFileString()));
		}
	}

	/**
	 * Reports changed on disk: an open one is the editor's (Xtext ignores it too); for the others the
	 * open reports naming one as last year's are checked again, and the closed-report list follows.
	 */
	@Override
	public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
		List<URI> onDisk = new ArrayList<>();
		for (FileEvent event : params.getChanges()) {
			URI uri = uris.toUri(event.getUri());
			if (!uri.isFile() || getWorkspaceManager().isDocumentOpen(uri)) {
				continue;
			}
			onDisk.add(uri);
			Path file = Path.of(uri.toFileString());
			if (event.getType() == FileChangeType.Deleted) {
				closedReports.deleted(file);
			} else {
				closedReports.changed(file);
			}
		}
		if (!onDisk.isEmpty()) {
			runBuildable(() -> ((OpenReportsWorkspaceManager) getWorkspaceManager()).didChangeOnDisk(onDisk));
		}
	}

	/** Every build the client causes (open, edit, close, files changed) is foreground work. */
	@Override
	protected void runBuildable(Supplier<? extends Buildable> newBuildable) {
		foreground.started();
		getRequestManager().runWrite(newBuildable::get, (cancelIndicator, buildable) -> buildable.build(cancelIndicator))
				.whenComplete((deltas, failure) -> foreground.finished());
	}

	/** Diagnostics of a build: the report is the workspace's. */
	@Override
	protected Diagnostic toDiagnostic(Issue issue) {
		URI uri = issue.getUriToProblem() == null ? null : issue.getUriToProblem().trimFragment();
		XtextResource report = uri == null ? null : getWorkspaceManager().doRead(uri, (document, resource) -> resource);
		return withSumCells(super.toDiagnostic(issue), issue, report);
	}

	private Diagnostic withSumCells(Diagnostic diagnostic, Issue issue, XtextResource report) {
		AcknowledgedWarnings.shown(diagnostic, issue);
		IResourceServiceProvider language = report == null ? null : getResourceServiceProvider(report.getURI());
		SumRelatedLocations sums = language == null ? null : language.get(SumRelatedLocations.class);
		if (sums != null) {
			List<DiagnosticRelatedInformation> related = sums.of(report, issue);
			if (!related.isEmpty()) {
				diagnostic.setRelatedInformation(related);
			}
		}
		return diagnostic;
	}

	private void publish(URI uri, List<Diagnostic> diagnostics) {
		getLanguageClient().publishDiagnostics(new PublishDiagnosticsParams(uris.toUriString(uri), diagnostics));
	}

	/** The folders the client named (none for a single file: then only open reports are checked). */
	private List<Path> namedFolders(InitializeParams params) {
		List<String> named = new ArrayList<>();
		if (params.getWorkspaceFolders() != null && !params.getWorkspaceFolders().isEmpty()) {
			params.getWorkspaceFolders().stream().map(WorkspaceFolder::getUri).forEach(named::add);
		} else if (super.getBaseDir(params) != null) {
			named.add(uris.toUriString(super.getBaseDir(params)));
		}
		return named.stream().map(uris::toUri).filter(URI::isFile).map(uri -> Path.of(uri.toFileString())).toList();
	}
}
