package org.govreport.eclipse.quickfix;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.core.resources.IMarker;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.govreport.eclipse.GovReportPlugin;
import org.govreport.eclipse.markers.MarkerAttributes;
import org.govreport.eclipse.server.ReportServer;

/**
 * The server's quick fixes for a marker (its code actions for the marker's diagnostic), for the
 * Problems view's Quick Fix and the editor's ruler. The last answer is kept, since Eclipse asks
 * whether there are fixes and then for the fixes.
 */
public class ServerFixes implements IMarkerResolutionGenerator2 {

	private static final long TIMEOUT_MS = 3000;

	private IMarker lastMarker;

	private long lastCreated;

	private List<CodeAction> lastActions = List.of();

	@Override
	public boolean hasResolutions(IMarker marker) {
		return !actions(marker).isEmpty();
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		return actions(marker).stream().map(ServerFix::new).toArray(IMarkerResolution[]::new);
	}

	private synchronized List<CodeAction> actions(IMarker marker) {
		long created = creationTime(marker);
		if (!marker.equals(lastMarker) || created != lastCreated) {
			lastActions = ask(marker);
			lastMarker = marker;
			lastCreated = created;
		}
		return lastActions;
	}

	private static long creationTime(IMarker marker) {
		try {
			return marker.getCreationTime();
		} catch (org.eclipse.core.runtime.CoreException e) {
			return -1;
		}
	}

	private static List<CodeAction> ask(IMarker marker) {
		ReportServer server = GovReportPlugin.get().server();
		Diagnostic diagnostic = MarkerAttributes.diagnostic(marker);
		if (diagnostic == null || !server.isRunning() || marker.getResource().getLocationURI() == null) {
			return List.of();
		}
		String uri = Path.of(marker.getResource().getLocationURI()).toUri().toString();
		CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(uri), diagnostic.getRange(),
				new CodeActionContext(List.of(diagnostic), List.of(CodeActionKind.QuickFix)));
		try {
			List<Either<Command, CodeAction>> answer = server.request(c -> c.server().getTextDocumentService().codeAction(params))
					.get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
			return answer == null ? List.of()
					: answer.stream().filter(Either::isRight).map(Either::getRight).filter(a -> a.getEdit() != null).toList();
		} catch (ExecutionException | TimeoutException e) {
			return List.of();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return List.of();
		}
	}
}
