package org.govreport.dsl.startup;

import org.eclipse.xtext.Constants;
import org.eclipse.xtext.Grammar;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.service.GrammarProvider;

import com.google.inject.Inject;
import com.google.inject.Provider;
import com.google.inject.name.Named;

/**
 * Xtext's grammar provider, given the grammar model that {@link LanguageModelLoader} loads after the EMF
 * packages while Guice builds the injector; if that load failed, Xtext's own loading on first use.
 */
class PreloadedGrammarProvider extends GrammarProvider {

	private static final String LANGUAGE = "org.govreport.dsl.GovReport";

	private final LanguageModelLoader model;

	@Inject
	PreloadedGrammarProvider(@Named(Constants.LANGUAGE_NAME) String languageName,
			Provider<XtextResourceSet> resourceSets, LanguageModelLoader.Handover model) {
		super(languageName, resourceSets);
		this.model = model.loader();
	}

	/** Loads the grammar with Xtext's own provider, outside the injector. */
	static Grammar load() {
		GrammarProvider xtexts = new GrammarProvider(LANGUAGE, XtextResourceSet::new);
		xtexts.setClassLoader(PreloadedGrammarProvider.class.getClassLoader());
		return xtexts.getGrammar(null);
	}

	@Override
	public Grammar getGrammar(Object requestor) {
		Grammar grammar = model.grammar();
		return grammar != null ? grammar : super.getGrammar(requestor);
	}
}
