package org.govreport.dsl.startup;

import java.util.function.UnaryOperator;

import org.govreport.dsl.GovReportStandaloneSetupGenerated;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;

/**
 * Xtext's language set-up with the work split: Guice builds the injector while {@link LanguageModelLoader}
 * builds the EMF packages, the parser's tables and the grammar model, and {@link FormsLoader} reads the
 * forms, none of which the injector's construction needs.
 */
public final class ParallelLanguageSetup {

	private ParallelLanguageSetup() {
	}

	/** Creates the injector of the runtime bindings and registers the language with EMF as {@code setup} does. */
	public static Injector createInjectorAndDoEMFRegistration(GovReportStandaloneSetupGenerated setup) {
		return createInjectorAndDoEMFRegistration(setup, null);
	}

	/** The same, with {@code withOthers} adding a front end's bindings (the IDE's) to the runtime's. */
	public static Injector createInjectorAndDoEMFRegistration(GovReportStandaloneSetupGenerated setup,
			UnaryOperator<Module> withOthers) {
		LanguageModelLoader model = new LanguageModelLoader();
		FormsLoader forms = new FormsLoader();
		model.start();
		forms.start();
		Module runtime = new PreloadingRuntimeModule(model, forms);
		Injector injector = Guice.createInjector(withOthers == null ? runtime : withOthers.apply(runtime));
		model.await();
		setup.register(injector);
		return injector;
	}
}
