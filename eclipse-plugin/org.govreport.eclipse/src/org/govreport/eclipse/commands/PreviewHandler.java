package org.govreport.eclipse.commands;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.govreport.eclipse.GovReportPlugin;
import org.govreport.eclipse.server.OpenReport;
import org.govreport.eclipse.server.ServerMessages;

/**
 * 预览: the server's HTML of the report as the editor holds it (unsaved edits included), written to
 * the plugin's state folder and opened in the system's browser (Eclipse's own browser needs WebKitGTK,
 * which a Linux office machine may lack).
 */
public class PreviewHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		ActiveReport.of(event).ifPresent(report -> preview(report).thenAccept(file -> Display.getDefault().asyncExec(() -> open(file))));
		return null;
	}

	static java.util.concurrent.CompletableFuture<Path> preview(OpenReport report) {
		ExecuteCommandParams params = new ExecuteCommandParams("govreport.preview", List.of(report.uri()));
		return GovReportPlugin.get().server().request(c -> c.server().getWorkspaceService().executeCommand(params))
				.thenApply(html -> write(report, String.valueOf(html))).whenComplete((path, failure) -> {
					if (failure != null) {
						ServerMessages.show("预览失败：" + (failure.getCause() != null ? failure.getCause().getMessage() : failure.getMessage()));
					}
				});
	}

	private static Path write(OpenReport report, String html) {
		Path file = GovReportPlugin.get().getStateLocation().toPath().resolve("preview")
				.resolve(report.path().getFileName().toString().replaceFirst("\\.govreport$", "") + ".html");
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, html, StandardCharsets.UTF_8);
			return file;
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private static void open(Path file) {
		try {
			PlatformUI.getWorkbench().getBrowserSupport().getExternalBrowser().openURL(file.toUri().toURL());
		} catch (PartInitException | java.net.MalformedURLException e) {
			ServerMessages.show("无法打开浏览器：" + e.getMessage() + "；预览文件在 " + file);
		}
	}
}
