package org.govreport.dsl;

import java.util.concurrent.CompletableFuture;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.Constants;
import org.eclipse.xtext.Grammar;
import org.eclipse.xtext.parser.BaseEPackageAccess;
import org.eclipse.xtext.resource.ClassloaderClasspathUriResolver;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.service.AllRulesCache;
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

	private static final String GRAMMAR = "classpath:/org/govreport/dsl/GovReport.xtextbin";

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

	/** Loads the grammar as Xtext's provider does. */
	private static Grammar load() {
		XtextResourceSet resourceSet = new XtextResourceSet();
		resourceSet.setClasspathUriResolver(new ClassloaderClasspathUriResolver());
		resourceSet.setClasspathURIContext(EarlyGrammarProvider.class.getClassLoader());
		Grammar grammar = (Grammar) BaseEPackageAccess.loadGrammarFile(GRAMMAR, resourceSet);
		EcoreUtil.resolveAll(grammar.eResource());
		new AllRulesCache(grammar).attachToEmfObject(grammar);
		return grammar;
	}

	@Override
	public Grammar getGrammar(Object requestor) {
		CompletableFuture<Grammar> loading = early;
		Grammar grammar = loading == null ? null : loading.exceptionally(failure -> null).join();
		return grammar != null ? grammar : super.getGrammar(requestor);
	}
}
