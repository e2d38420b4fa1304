package org.govreport.dsl.ide.server;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.validation.Issue;
import org.govreport.dsl.ide.diagnostics.SumRelatedLocations;

/**
 * Xtext's language server, with two changes: it answers {@code initialize} before the workspace is
 * built, and its diagnostics point at the cells of a broken sum (related locations). Diagnostics are
 * converted while the build that found them still holds the resource.
 */
public class GovReportLanguageServer extends LanguageServerImpl {

	private ServerCapabilities capabilities;

	/**
	 * Xtext answers {@code initialize} only once every report in the workspace folder is built: seconds
	 * for an office's folder of reports, during which the editor shows nothing. The answer (the
	 * capabilities) does not depend on that build, so it goes out at once; the build stays the first
	 * request in Xtext's queue, so whatever the client asks next waits for it as before.
	 */
	@Override
	public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
		super.initialize(params); // queues the build; Xtext logs its failures
		return CompletableFuture.completedFuture(new InitializeResult(capabilities));
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

	@Override
	protected Diagnostic toDiagnostic(Issue issue) {
		Diagnostic diagnostic = super.toDiagnostic(issue);
		URI uri = issue.getUriToProblem() == null ? null : issue.getUriToProblem().trimFragment();
		IResourceServiceProvider language = uri == null ? null : getResourceServiceProvider(uri);
		SumRelatedLocations sums = language == null ? null : language.get(SumRelatedLocations.class);
		if (sums != null) {
			List<DiagnosticRelatedInformation> related = getWorkspaceManager().doRead(uri,
					(document, resource) -> resource == null ? List.of() : sums.of(resource, issue));
			if (!related.isEmpty()) {
				diagnostic.setRelatedInformation(related);
			}
		}
		return diagnostic;
	}
}
