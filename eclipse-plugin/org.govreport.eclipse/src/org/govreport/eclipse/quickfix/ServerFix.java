package org.govreport.eclipse.quickfix;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution2;
import org.govreport.eclipse.server.ServerMessages;
import org.govreport.eclipse.text.WorkspaceEdits;

/** One of the server's fixes ("改为 29" …): applying it applies the server's edit. */
final class ServerFix implements IMarkerResolution2 {

	private final CodeAction action;

	ServerFix(CodeAction action) {
		this.action = action;
	}

	@Override
	public String getLabel() {
		return action.getTitle();
	}

	@Override
	public void run(IMarker marker) {
		try {
			WorkspaceEdits.apply(action.getEdit());
		} catch (CoreException e) {
			ServerMessages.show("快速修复失败：" + e.getStatus().getMessage());
		}
	}

	@Override
	public String getDescription() {
		return action.getTitle();
	}

	@Override
	public Image getImage() {
		return null;
	}
}
