package org.govreport.dsl.ide.server;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.validation.Issue;
import org.govreport.dsl.ide.diagnostics.SumRelatedLocations;

/**
 * Xtext's language server, with diagnostics that point at the cells of a broken sum (related
 * locations). Diagnostics are converted while the build that found them still holds the resource.
 */
public class GovReportLanguageServer extends LanguageServerImpl {

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
