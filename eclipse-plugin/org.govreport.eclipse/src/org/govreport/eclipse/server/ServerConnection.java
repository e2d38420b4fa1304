package org.govreport.eclipse.server;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionCapabilities;
import org.eclipse.lsp4j.CodeActionKindCapabilities;
import org.eclipse.lsp4j.CodeActionLiteralSupportCapabilities;
import org.eclipse.lsp4j.CompletionCapabilities;
import org.eclipse.lsp4j.CompletionItemCapabilities;
import org.eclipse.lsp4j.ExecuteCommandCapabilities;
import org.eclipse.lsp4j.FormattingCapabilities;
import org.eclipse.lsp4j.HoverCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.PublishDiagnosticsCapabilities;
import org.eclipse.lsp4j.SemanticTokensCapabilities;
import org.eclipse.lsp4j.SemanticTokensClientCapabilitiesRequests;
import org.eclipse.lsp4j.TokenFormat;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageServer;
import org.govreport.eclipse.tokens.TokenStyles;

/** One running server process and the LSP4J connection to it over its standard streams. */
public final class ServerConnection {

	private static final String MAIN = "org.govreport.dsl.ide.server.GovReportServerLauncher";

	/** The options the VS Code extension uses too: C1 only starts fastest on small machines. */
	private static final List<String> JVM_OPTIONS = List.of("-Xss4m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

	private final Process process;

	private final LanguageServer server;

	private final ServerCapabilities capabilities;

	private ServerConnection(Process process, LanguageServer server, ServerCapabilities capabilities) {
		this.process = process;
		this.server = server;
		this.capabilities = capabilities;
	}

	static ServerConnection start(ServerJava java, Path jar, Path workspace, ReportClient client, Path log)
			throws IOException {
		List<String> command = new java.util.ArrayList<>();
		command.add(java.executable().toString());
		command.addAll(JVM_OPTIONS);
		command.addAll(List.of("-cp", jar.toString(), MAIN));
		Files.createDirectories(log.getParent());
		Process process = new ProcessBuilder(command).directory(workspace.toFile())
				.redirectError(Redirect.appendTo(log.toFile())).start();
		Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, process.getInputStream(),
				process.getOutputStream());
		launcher.startListening();
		LanguageServer server = launcher.getRemoteProxy();
		InitializeParams params = new InitializeParams();
		params.setProcessId((int) ProcessHandle.current().pid());
		params.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "workspace")));
		params.setCapabilities(clientCapabilities());
		try {
			ServerCapabilities capabilities = server.initialize(params).get(60, TimeUnit.SECONDS).getCapabilities();
			server.initialized(new InitializedParams());
			return new ServerConnection(process, server, capabilities);
		} catch (InterruptedException | ExecutionException | TimeoutException e) {
			process.destroy();
			Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
			throw new IOException("语言服务器没有应答（" + cause + "；日志：" + log + "）", e);
		}
	}

	private static ClientCapabilities clientCapabilities() {
		TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
		text.setHover(new HoverCapabilities(List.of(MarkupKind.MARKDOWN, MarkupKind.PLAINTEXT), false));
		text.setCompletion(new CompletionCapabilities(new CompletionItemCapabilities(false)));
		text.setFormatting(new FormattingCapabilities(false));
		text.setPublishDiagnostics(new PublishDiagnosticsCapabilities(true));
		text.setSemanticTokens(new SemanticTokensCapabilities(new SemanticTokensClientCapabilitiesRequests(true),
				TokenStyles.TYPES, List.of(TokenStyles.TOTAL_MODIFIER), List.of(TokenFormat.Relative)));
		text.setCodeAction(new CodeActionCapabilities(
				new CodeActionLiteralSupportCapabilities(new CodeActionKindCapabilities(List.of("quickfix"))), false));
		// Xtext registers the server's commands (preview, export) only for a client that can execute commands.
		WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
		workspace.setExecuteCommand(new ExecuteCommandCapabilities(false));
		return new ClientCapabilities(workspace, text, null);
	}

	public LanguageServer server() {
		return server;
	}

	public ServerCapabilities capabilities() {
		return capabilities;
	}

	/** Asks for a shutdown, then closes the server's input: the server exits on end of input. */
	void close() {
		try {
			server.shutdown().get(2, TimeUnit.SECONDS);
			server.exit();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} catch (ExecutionException | TimeoutException e) {
			// It is ended below all the same.
		}
		try {
			process.getOutputStream().close();
		} catch (IOException e) {
			// Already closed: the process is gone.
		}
		try {
			if (!process.waitFor(3, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			process.destroyForcibly();
		}
	}
}
