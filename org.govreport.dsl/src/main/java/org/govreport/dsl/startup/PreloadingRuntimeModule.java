package org.govreport.dsl.startup;

import org.eclipse.xtext.service.GrammarProvider;
import org.eclipse.xtext.util.OnChangeEvictingCache;
import org.govreport.dsl.GovReportRuntimeModule;
import org.govreport.dsl.form.Forms;

import com.google.inject.Binder;
import com.google.inject.Singleton;

/**
 * The runtime bindings, with the grammar model and the forms taken from the threads that load them while
 * Guice builds the injector (a subclass rather than an override module, which Guice builds more slowly).
 */
final class PreloadingRuntimeModule extends GovReportRuntimeModule {

	private final LanguageModelLoader model;
	private final FormsLoader forms;
	private final boolean parsedOnce;

	/** @param parsedOnce whether the resources are only read once parsed (the commands, not an editor's) */
	PreloadingRuntimeModule(LanguageModelLoader model, FormsLoader forms, boolean parsedOnce) {
		this.model = model;
		this.forms = forms;
		this.parsedOnce = parsedOnce;
	}

	public void configureResourceCache(Binder binder) {
		if (parsedOnce) {
			binder.bind(OnChangeEvictingCache.class).to(ParsedOnceCache.class);
		}
	}

	public Class<? extends GrammarProvider> bindGrammarProvider() {
		return PreloadedGrammarProvider.class;
	}

	public void configureLanguageModel(Binder binder) {
		binder.bind(LanguageModelLoader.Handover.class).toInstance(new LanguageModelLoader.Handover(model));
	}

	@Override
	public void configureForms(Binder binder) {
		binder.bind(Forms.class).toProvider(new FormsLoader.Handover(forms)).in(Singleton.class);
	}
}
