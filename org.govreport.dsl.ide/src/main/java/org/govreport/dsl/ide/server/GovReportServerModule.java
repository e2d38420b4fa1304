package org.govreport.dsl.ide.server;

import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.govreport.dsl.ide.workspace.OpenReportsProjectManager;
import org.govreport.dsl.ide.workspace.OpenReportsWorkspaceManager;

import com.google.inject.AbstractModule;
import com.google.inject.util.Modules;

/**
 * Xtext's server bindings with the report language's own server, and a workspace of the open reports
 * instead of every file of the folder.
 */
public class GovReportServerModule extends AbstractModule {

	@Override
	protected void configure() {
		install(Modules.override(new ServerModule()).with(binder -> {
			binder.bind(LanguageServerImpl.class).to(GovReportLanguageServer.class);
			binder.bind(WorkspaceManager.class).to(OpenReportsWorkspaceManager.class);
			binder.bind(ProjectManager.class).to(OpenReportsProjectManager.class);
		}));
	}
}
