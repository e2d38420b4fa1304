package org.govreport.dsl.startup;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.xtext.Grammar;
import org.eclipse.xtext.XtextPackage;
import org.eclipse.xtext.resource.impl.BinaryGrammarResourceFactoryImpl;
import org.govreport.dsl.govReport.GovReportPackage;
import org.govreport.dsl.parser.antlr.internal.InternalGovReportLexer;
import org.govreport.dsl.parser.antlr.internal.InternalGovReportParser;

/**
 * Builds, on a thread of its own while Guice builds the injector, what the language needs besides the
 * injector: the EMF packages (Ecore, Xtext's grammar model, this language's model), the generated lexer's and
 * parser's decision tables, then the grammar model. Each is a sizeable part of a cold command's set-up.
 * <p>
 * A thread of its own class rather than a {@code CompletableFuture} and lambdas: those need the JDK's
 * method-handle machinery, whose first set-up would then fall on the thread building the injector.
 */
final class LanguageModelLoader extends Thread {

	private volatile Grammar grammar;
	private volatile RuntimeException failure;

	LanguageModelLoader() {
		super("govreport-model");
		setDaemon(true);
	}

	@Override
	public void run() {
		try {
			registerFactory("ecore", new EcoreResourceFactoryImpl());
			registerFactory("xmi", new XMIResourceFactoryImpl());
			registerFactory("xtextbin", new BinaryGrammarResourceFactoryImpl());
			if (!EPackage.Registry.INSTANCE.containsKey(XtextPackage.eNS_URI)) {
				EPackage.Registry.INSTANCE.put(XtextPackage.eNS_URI, XtextPackage.eINSTANCE);
			}
			GovReportPackage.eINSTANCE.getReport();
			initialize(InternalGovReportLexer.class);
			initialize(InternalGovReportParser.class);
		} catch (RuntimeException e) {
			failure = e;
			return;
		}
		try {
			grammar = PreloadedGrammarProvider.load();
		} catch (RuntimeException e) {
			// Left to the grammar provider's own loading, which reports the failure where it is needed.
		}
	}

	/**
	 * The loader as the injector holds it: Guice scans an instance it is given for members to inject, and a
	 * thread's class has many.
	 */
	record Handover(LanguageModelLoader loader) {
	}

	/** Waits for the loading; a failure to build the packages is thrown here. */
	void await() {
		finish();
		if (failure != null) {
			throw failure;
		}
	}

	/** The grammar model, once loaded, or null when it could not be (or is asked for by this thread itself). */
	Grammar grammar() {
		if (Thread.currentThread() == this) {
			return null;
		}
		finish();
		return grammar;
	}

	private void finish() {
		Joining.join(this);
	}

	/**
	 * Runs a class's static initialiser now. ANTLR's generated lexer and parser unpack their decision tables
	 * there, which the first parse would otherwise do after the injector is ready.
	 */
	private static void initialize(Class<?> type) {
		try {
			Class.forName(type.getName(), true, type.getClassLoader());
		} catch (ClassNotFoundException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void registerFactory(String extension, Resource.Factory factory) {
		Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().putIfAbsent(extension, factory);
	}
}
