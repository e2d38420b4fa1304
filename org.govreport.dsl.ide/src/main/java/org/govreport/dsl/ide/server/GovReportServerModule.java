package org.govreport.dsl.ide.server;

import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;

import com.google.inject.AbstractModule;
import com.google.inject.util.Modules;

/** Xtext's server bindings with the report language's own server implementation. */
public class GovReportServerModule extends AbstractModule {

	@Override
	protected void configure() {
		install(Modules.override(new ServerModule())
				.with(binder -> binder.bind(LanguageServerImpl.class).to(GovReportLanguageServer.class)));
	}
}
