package org.govreport.eclipse.commands;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.swt.widgets.Display;
import org.govreport.eclipse.GovReportPlugin;
import org.govreport.eclipse.server.OpenReport;
import org.govreport.eclipse.server.ServerMessages;

/**
 * 导出 HTML / DOCX: the server's {@code govreport.export} writes the file beside the report (a report
 * with errors is refused there, with the first error); the folder is refreshed so the file shows.
 */
public class ExportHandler extends AbstractHandler {

	public static final String FORMAT = "org.govreport.eclipse.export.format";

	@Override
	public Object execute(ExecutionEvent event) {
		String format = event.getParameter(FORMAT);
		ActiveReport.of(event).ifPresent(report -> export(report, format == null ? "html" : format).thenAccept(path -> Display
				.getDefault().asyncExec(() -> ActiveReport.status(event, "已导出：" + path))));
		return null;
	}

	static java.util.concurrent.CompletableFuture<String> export(OpenReport report, String format) {
		ExecuteCommandParams params = new ExecuteCommandParams("govreport.export", List.of(report.uri(), format));
		return GovReportPlugin.get().server().request(c -> c.server().getWorkspaceService().executeCommand(params))
				.thenApply(written -> {
					refresh(report);
					return String.valueOf(written);
				}).whenComplete((path, failure) -> {
					if (failure != null) {
						ServerMessages.show(failure.getCause() != null ? failure.getCause().getMessage() : failure.getMessage());
					}
				});
	}

	private static void refresh(OpenReport report) {
		if (report.file() != null) {
			try {
				report.file().getParent().refreshLocal(IResource.DEPTH_ONE, null);
			} catch (CoreException e) {
				GovReportPlugin.log().log(e.getStatus());
			}
		}
	}
}
