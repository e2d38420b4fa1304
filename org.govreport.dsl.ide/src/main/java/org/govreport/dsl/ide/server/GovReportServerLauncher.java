package org.govreport.dsl.ide.server;

import org.eclipse.xtext.ide.server.ServerLauncher;
import org.govreport.dsl.startup.ProcessSetup;

/**
 * Starts the language server on stdin/stdout: {@code java -cp govreport.jar
 * org.govreport.dsl.ide.server.GovReportServerLauncher} (or {@code govreport lsp}). Standard output is
 * reserved for the protocol; Xtext's launcher silences System.out and logging goes to stderr.
 * Options: {@code -log} (write a debug log file), {@code -trace} (trace the protocol).
 */
public final class GovReportServerLauncher {

	private GovReportServerLauncher() {
	}

	public static void main(String[] args) {
		ProcessSetup.apply();
		ServerLauncher.launch(GovReportServerLauncher.class.getName(), args, new GovReportServerModule());
	}
}
