package org.govreport.dsl;

import com.google.inject.Injector;

/** Sets the language up outside an IDE (CLI, tests, the language server). */
public class GovReportStandaloneSetup extends GovReportStandaloneSetupGenerated {

	public static void doSetup() {
		new GovReportStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	/**
	 * The generated set-up, with one change for start-up time: the EMF packages, the parser's tables and the
	 * grammar model are built on another thread ({@link LanguageModelLoader}) while Guice builds the injector,
	 * which does not need them.
	 */
	@Override
	public Injector createInjectorAndDoEMFRegistration() {
		LanguageModelLoader model = new LanguageModelLoader();
		EarlyGrammarProvider.loadedBy(model);
		model.start();
		Injector injector = createInjector();
		model.await();
		register(injector);
		return injector;
	}
}
