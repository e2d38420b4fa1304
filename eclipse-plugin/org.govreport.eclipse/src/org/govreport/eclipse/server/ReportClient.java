package org.govreport.eclipse.server;

import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import org.eclipse.core.runtime.ILog;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.services.LanguageClient;

/** What the server sends on its own: diagnostics become markers, messages go to the log or the clerk. */
final class ReportClient implements LanguageClient {

	private final ReportServer reports;

	private final ILog log;

	ReportClient(ReportServer reports, ILog log) {
		this.reports = reports;
		this.log = log;
	}

	@Override
	public void publishDiagnostics(PublishDiagnosticsParams params) {
		reports.published(Path.of(URI.create(params.getUri())).toAbsolutePath().normalize(), params.getDiagnostics());
	}

	@Override
	public void telemetryEvent(Object object) {
		// The server sends none.
	}

	@Override
	public void showMessage(MessageParams message) {
		ServerMessages.show(message.getMessage());
	}

	@Override
	public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
		ServerMessages.show(request.getMessage());
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public void logMessage(MessageParams message) {
		if (message.getType() == MessageType.Error) {
			log.error(message.getMessage());
		} else if (message.getType() == MessageType.Warning) {
			log.warn(message.getMessage());
		} else {
			log.info(message.getMessage());
		}
	}
}
