package org.govreport.eclipse.commands;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.govreport.eclipse.GovReportPlugin;
import org.govreport.eclipse.server.OpenReport;
import org.govreport.eclipse.server.ServerMessages;
import org.govreport.eclipse.text.DocumentEdits;

/** 格式化: the server's formatting of the whole report, applied to the editor (undoable). */
public class FormatHandler extends AbstractHandler {

	private static final long TIMEOUT_MS = 5000;

	@Override
	public Object execute(ExecutionEvent event) {
		ActiveReport.of(event).ifPresent(FormatHandler::format);
		return null;
	}

	static void format(OpenReport report) {
		DocumentFormattingParams params = new DocumentFormattingParams(new TextDocumentIdentifier(report.uri()),
				new FormattingOptions(4, false));
		try {
			List<? extends TextEdit> edits = GovReportPlugin.get().server()
					.request(c -> c.server().getTextDocumentService().formatting(params)).get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
			if (edits != null) {
				DocumentEdits.apply(report.document(), edits);
			}
		} catch (ExecutionException | TimeoutException | BadLocationException e) {
			ServerMessages.show("格式化失败：" + e.getMessage());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
