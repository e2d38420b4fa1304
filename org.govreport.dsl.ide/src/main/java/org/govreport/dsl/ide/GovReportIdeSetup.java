package org.govreport.dsl.ide;

import org.eclipse.xtext.util.Modules2;
import org.govreport.dsl.GovReportRuntimeModule;
import org.govreport.dsl.GovReportStandaloneSetup;
import org.govreport.dsl.startup.ParallelLanguageSetup;

import com.google.inject.Guice;
import com.google.inject.Injector;

/** Sets the language up with its IDE services, for the language server. */
public class GovReportIdeSetup extends GovReportStandaloneSetup {

	@Override
	public Injector createInjector() {
		return Guice.createInjector(Modules2.mixin(new GovReportRuntimeModule(), new GovReportIdeModule()));
	}

	/** The server's start-up: the grammar and forms load while the injector is built. */
	@Override
	public Injector createInjectorAndDoEMFRegistration() {
		return ParallelLanguageSetup.createInjectorAndDoEMFRegistration(this,
				runtime -> Modules2.mixin(runtime, new GovReportIdeModule()));
	}
}
