package org.govreport.eclipse.server;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.statushandlers.StatusManager;
import org.govreport.eclipse.GovReportPlugin;

/** A message for the clerk (in Chinese), shown by the workbench and kept in its error log. */
public final class ServerMessages {

	private ServerMessages() {
	}

	public static void show(String message) {
		StatusManager.getManager().handle(new Status(IStatus.ERROR, GovReportPlugin.ID, message),
				StatusManager.SHOW | StatusManager.LOG);
	}
}
