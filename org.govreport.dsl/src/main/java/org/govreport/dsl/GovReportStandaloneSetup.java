package org.govreport.dsl;

import java.util.concurrent.CompletableFuture;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.xtext.XtextPackage;
import org.eclipse.xtext.resource.impl.BinaryGrammarResourceFactoryImpl;
import org.govreport.dsl.govReport.GovReportPackage;
import org.govreport.dsl.parser.antlr.internal.InternalGovReportLexer;
import org.govreport.dsl.parser.antlr.internal.InternalGovReportParser;

import com.google.inject.Injector;

/** Sets the language up outside an IDE (CLI, tests, the language server). */
public class GovReportStandaloneSetup extends GovReportStandaloneSetupGenerated {

	public static void doSetup() {
		new GovReportStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	/**
	 * The generated set-up, with one change for start-up time: the EMF packages (Ecore, Xtext's grammar
	 * model, this language's model), and then the grammar, are built on another thread while Guice builds
	 * the injector, which does not need them. Each takes about a third of a cold command's set-up. The
	 * lexer's and parser's tables are unpacked on that thread too.
	 */
	@Override
	public Injector createInjectorAndDoEMFRegistration() {
		CompletableFuture<Void> packages = CompletableFuture.runAsync(() -> {
			register("ecore", new EcoreResourceFactoryImpl());
			register("xmi", new XMIResourceFactoryImpl());
			register("xtextbin", new BinaryGrammarResourceFactoryImpl());
			EPackage.Registry.INSTANCE.computeIfAbsent(XtextPackage.eNS_URI, uri -> XtextPackage.eINSTANCE);
			GovReportPackage.eINSTANCE.getReport();
			initialize(InternalGovReportLexer.class);
			initialize(InternalGovReportParser.class);
		});
		EarlyGrammarProvider.loadAfter(packages);
		Injector injector = createInjector();
		packages.join();
		register(injector);
		return injector;
	}

	/**
	 * Runs a class's static initialiser now. ANTLR's generated lexer and parser unpack their decision tables
	 * there, about 8 ms that the first parse would otherwise spend after the injector is ready.
	 */
	private static void initialize(Class<?> type) {
		try {
			Class.forName(type.getName(), true, type.getClassLoader());
		} catch (ClassNotFoundException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void register(String extension, Resource.Factory factory) {
		Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().putIfAbsent(extension, factory);
	}
}
