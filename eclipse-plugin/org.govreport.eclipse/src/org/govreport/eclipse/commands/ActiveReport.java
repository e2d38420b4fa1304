package org.govreport.eclipse.commands;

import java.util.Optional;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;
import org.govreport.eclipse.GovReportPlugin;
import org.govreport.eclipse.server.OpenReport;

/** The report in the active editor, for the commands. */
final class ActiveReport {

	private ActiveReport() {
	}

	static Optional<OpenReport> of(ExecutionEvent event) {
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		ITextEditor text = editor == null ? null : Adapters.adapt(editor, ITextEditor.class);
		if (text == null || text.getDocumentProvider() == null) {
			return Optional.empty();
		}
		return GovReportPlugin.get().server().report(text.getDocumentProvider().getDocument(text.getEditorInput()));
	}

	static void status(ExecutionEvent event, String message) {
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		if (editor != null) {
			editor.getEditorSite().getActionBars().getStatusLineManager().setMessage(message);
		}
	}
}
