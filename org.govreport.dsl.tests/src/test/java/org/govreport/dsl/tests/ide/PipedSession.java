package org.govreport.dsl.tests.ide;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.govreport.dsl.ide.server.GovReportServerModule;

import com.google.gson.JsonObject;
import com.google.inject.Guice;

/**
 * The real server (our server module, Xtext's own request manager and threads) and a real LSP4J
 * client, talking JSON-RPC over a pipe. The client records every publishDiagnostics in arrival order.
 */
final class PipedSession implements AutoCloseable {

	private final List<PublishDiagnosticsParams> published = new ArrayList<>();

	final LanguageServer server;

	private final List<Future<Void>> listening = new ArrayList<>();

	PipedSession() {
		try {
			Pipe toServer = Pipe.open();
			Pipe toClient = Pipe.open();
			LanguageServerImpl impl = Guice.createInjector(new GovReportServerModule()).getInstance(LanguageServerImpl.class);
			Launcher<LanguageClient> serverSide = LSPLauncher.createServerLauncher(impl,
					Channels.newInputStream(toServer.source()), Channels.newOutputStream(toClient.sink()));
			impl.connect(serverSide.getRemoteProxy());
			Launcher<LanguageServer> clientSide = LSPLauncher.createClientLauncher(new RecordingClient(),
					Channels.newInputStream(toClient.source()), Channels.newOutputStream(toServer.sink()));
			server = clientSide.getRemoteProxy();
			listening.add(serverSide.startListening());
			listening.add(clientSide.startListening());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Initializes with {@code folder} as the one workspace folder and the given {@code closedReports} setting. */
	void initialize(Path folder, int closedReports) throws Exception {
		InitializeParams params = new InitializeParams();
		params.setRootUri(uri(folder));
		params.setWorkspaceFolders(List.of(new WorkspaceFolder(uri(folder), "reports")));
		params.setCapabilities(new ClientCapabilities());
		JsonObject options = new JsonObject();
		options.addProperty("closedReports", closedReports);
		params.setInitializationOptions(options);
		server.initialize(params).get(30, TimeUnit.SECONDS);
		server.initialized(new InitializedParams());
	}

	void open(Path file, String text) {
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri(file), "govreport", 1, text)));
	}

	/** Every publishDiagnostics so far, in arrival order. */
	synchronized List<PublishDiagnosticsParams> published() {
		return List.copyOf(published);
	}

	/** Waits until the diagnostics published so far satisfy {@code condition}; returns them. */
	synchronized List<PublishDiagnosticsParams> awaitPublished(Predicate<List<PublishDiagnosticsParams>> condition, long seconds)
			throws InterruptedException, TimeoutException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		while (!condition.test(published)) {
			long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
			if (left <= 0) {
				throw new TimeoutException(published.size() + " publications, condition not met");
			}
			wait(left);
		}
		return List.copyOf(published);
	}

	/** The latest diagnostics published for a file, once they satisfy {@code condition}. */
	PublishDiagnosticsParams awaitLatest(Path file, Predicate<PublishDiagnosticsParams> condition, long seconds)
			throws InterruptedException, TimeoutException {
		Path absolute = file.toAbsolutePath();
		List<PublishDiagnosticsParams> all = awaitPublished(
				list -> latest(list, absolute) != null && condition.test(latest(list, absolute)), seconds);
		return latest(all, absolute);
	}

	private static PublishDiagnosticsParams latest(List<PublishDiagnosticsParams> all, Path file) {
		for (int i = all.size() - 1; i >= 0; i--) {
			if (path(all.get(i)).equals(file)) {
				return all.get(i);
			}
		}
		return null;
	}

	/** The URI a client sends for a file (file:///…, percent-encoded). */
	static String uri(Path file) {
		return file.toAbsolutePath().toUri().toASCIIString();
	}

	/** The file diagnostics were published for (the server writes its URIs decoded, clients encoded). */
	static Path path(PublishDiagnosticsParams published) {
		return Path.of(java.net.URI.create(published.getUri()).getPath());
	}

	@Override
	public void close() throws Exception {
		server.shutdown().get(30, TimeUnit.SECONDS);
		listening.forEach(l -> l.cancel(true));
	}

	private final class RecordingClient implements LanguageClient {

		@Override
		public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
			synchronized (PipedSession.this) {
				published.add(diagnostics);
				PipedSession.this.notifyAll();
			}
		}

		@Override
		public void telemetryEvent(Object object) {
		}

		@Override
		public void showMessage(MessageParams messageParams) {
		}

		@Override
		public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void logMessage(MessageParams message) {
		}
	}
}
