package org.govreport.dsl;

import java.util.concurrent.CompletableFuture;

import org.eclipse.xtext.Constants;
import org.eclipse.xtext.Grammar;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.service.GrammarProvider;

import com.google.inject.Inject;
import com.google.inject.Provider;
import com.google.inject.name.Named;

/**
 * Xtext's grammar provider, given the grammar model that {@link GovReportStandaloneSetup} loads beside the
 * EMF packages while Guice builds the injector; otherwise (the set-up has not started a load) Xtext's own
 * loading on first use. Loaded on the first parse, the grammar took a cold check about 30 ms.
 */
public class EarlyGrammarProvider extends GrammarProvider {

	private static final String LANGUAGE = "org.govreport.dsl.GovReport";

	private static volatile CompletableFuture<Grammar> early;

	@Inject
	public EarlyGrammarProvider(@Named(Constants.LANGUAGE_NAME) String languageName,
			Provider<XtextResourceSet> resourceSets) {
		super(languageName, resourceSets);
	}

	/**
	 * Loads the grammar on the thread that registers the EMF packages, once it has; a parse that comes
	 * first waits for it rather than loading a second copy.
	 */
	static void loadAfter(CompletableFuture<?> packages) {
		early = packages.thenApply(registered -> load());
	}

	/** Loads the grammar with Xtext's own provider, outside the injector. */
	private static Grammar load() {
		GrammarProvider xtexts = new GrammarProvider(LANGUAGE, XtextResourceSet::new);
		xtexts.setClassLoader(EarlyGrammarProvider.class.getClassLoader());
		return xtexts.getGrammar(null);
	}

	@Override
	public Grammar getGrammar(Object requestor) {
		CompletableFuture<Grammar> loading = early;
		Grammar grammar = loading == null ? null : loading.exceptionally(failure -> null).join();
		return grammar != null ? grammar : super.getGrammar(requestor);
	}
}
