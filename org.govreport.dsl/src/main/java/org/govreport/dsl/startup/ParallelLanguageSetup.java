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

	/**
	 * The commands' injector: the runtime bindings, for reports that are parsed once and then only read
	 * ({@link ParsedOnceCache}), registered with EMF as {@code setup} does.
	 */
	public static Injector forCommands(GovReportStandaloneSetupGenerated setup) {
		return create(setup, true, null);
	}

	/** An editor's injector: the runtime bindings and {@code withOthers}, a front end's (the IDE's). */
	public static Injector createInjectorAndDoEMFRegistration(GovReportStandaloneSetupGenerated setup,
			UnaryOperator<Module> withOthers) {
		return create(setup, false, withOthers);
	}

	private static Injector create(GovReportStandaloneSetupGenerated setup, boolean parsedOnce,
			UnaryOperator<Module> withOthers) {
		LanguageModelLoader model = new LanguageModelLoader();
		FormsLoader forms = new FormsLoader();
		model.start();
		forms.start();
		Module runtime = new PreloadingRuntimeModule(model, forms, parsedOnce);
		Injector injector = Guice.createInjector(withOthers == null ? runtime : withOthers.apply(runtime));
		model.await();
		setup.register(injector);
		return injector;
	}
}
