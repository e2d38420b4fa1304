package org.govreport.dsl;

import org.eclipse.xtext.Constants;
import org.eclipse.xtext.Grammar;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.service.GrammarProvider;

import com.google.inject.Inject;
import com.google.inject.Provider;
import com.google.inject.name.Named;

/**
 * Xtext's grammar provider, given the grammar model that {@link LanguageModelLoader} loads after the EMF
 * packages while Guice builds the injector; otherwise (no load was started, or it failed) Xtext's own loading
 * on first use. Loaded on the first parse, the grammar took a cold check about 30 ms.
 */
public class EarlyGrammarProvider extends GrammarProvider {

	private static final String LANGUAGE = "org.govreport.dsl.GovReport";

	private static volatile LanguageModelLoader early;

	@Inject
	public EarlyGrammarProvider(@Named(Constants.LANGUAGE_NAME) String languageName,
			Provider<XtextResourceSet> resourceSets) {
		super(languageName, resourceSets);
	}

	/** The loader whose grammar is used; a parse that comes first waits for it rather than loading a second copy. */
	static void loadedBy(LanguageModelLoader loader) {
		early = loader;
	}

	/** Loads the grammar with Xtext's own provider, outside the injector. */
	static Grammar load() {
		GrammarProvider xtexts = new GrammarProvider(LANGUAGE, XtextResourceSet::new);
		xtexts.setClassLoader(EarlyGrammarProvider.class.getClassLoader());
		return xtexts.getGrammar(null);
	}

	@Override
	public Grammar getGrammar(Object requestor) {
		LanguageModelLoader loader = early;
		Grammar grammar = loader == null ? null : loader.grammar();
		return grammar != null ? grammar : super.getGrammar(requestor);
	}
}
