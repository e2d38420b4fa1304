package org.govreport.eclipse;

import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.govreport.eclipse.server.ReportServer;
import org.osgi.framework.BundleContext;

/**
 * The bundle: it owns the one language server connection of the workbench, which it ends when the
 * workbench closes (the bundle stops).
 */
public class GovReportPlugin extends AbstractUIPlugin {

	public static final String ID = "org.govreport.eclipse";

	private static GovReportPlugin plugin;

	private ReportServer server;

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		server = new ReportServer(getBundle(), getPreferenceStore(), getLog());
		plugin = this;
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		server.stop();
		plugin = null;
		super.stop(context);
	}

	/** Eclipse instantiates extensions with no arguments; they reach the server through the running bundle. */
	public static GovReportPlugin get() {
		return plugin;
	}

	public ReportServer server() {
		return server;
	}

	public static ILog log() {
		return plugin.getLog();
	}
}
