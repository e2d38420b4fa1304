package org.govreport.dsl.startup;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.xtext.Constants;
import org.eclipse.xtext.validation.AbstractInjectableValidator;
import org.eclipse.xtext.validation.CheckMode;
import org.govreport.dsl.GovReportStandaloneSetup;
import org.govreport.dsl.govReport.GovReportFactory;
import org.govreport.dsl.govReport.GovReportPackage;
import org.govreport.dsl.validation.GovReportValidator;

import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.name.Names;

/**
 * A command's process set-up, as one list of steps. A short command is CPU-bound on two cores, so the slow
 * parts run on threads of their own while the command line is parsed and the first file read:
 * <ol>
 * <li>the libraries' switches ({@link ProcessSetup#setProperties()}), before any of them loads;</li>
 * <li>the injector, built while {@link LanguageModelLoader} builds the EMF packages, parser tables and grammar
 * and {@link FormsLoader} reads the forms ({@link ParallelLanguageSetup}), then the warm-ups of the first
 * validation ({@link #warmUp});</li>
 * <li>logging to stderr, on the main thread ({@link ProcessSetup#logToStderr()}).</li>
 * </ol>
 * The language server runs long and starts through Xtext's launcher: it takes steps 1 and 3
 * ({@link ProcessSetup#apply()}) and the parallel set-up of step 2, without the warm-ups.
 */
public final class Startup {

	private final LanguageThread language = new LanguageThread();

	private Startup() {
	}

	/** Takes the steps; the language is ready when {@link #injector()} returns. */
	public static Startup begin() {
		ProcessSetup.setProperties();
		Startup startup = new Startup();
		startup.language.start();
		ProcessSetup.logToStderr();
		return startup;
	}

	/** The language's injector, once it is built (the warm-ups may still be running). */
	public Injector injector() {
		return language.await();
	}

	/**
	 * Builds the injector and hands it over at once, then warms up while the command reads and parses its
	 * first file. A class rather than a lambda: a process's first lambda links slowly.
	 */
	private static final class LanguageThread extends Thread {

		private final CountDownLatch built = new CountDownLatch(1);
		private volatile Injector injector;
		private volatile RuntimeException failure;

		LanguageThread() {
			super("govreport-setup");
			setDaemon(true);
		}

		@Override
		public void run() {
			try {
				injector = ParallelLanguageSetup.createInjectorAndDoEMFRegistration(new GovReportStandaloneSetup());
			} catch (RuntimeException e) {
				failure = e;
				return;
			} finally {
				built.countDown();
			}
			warmUp(injector);
		}

		Injector await() {
			boolean interrupted = false;
			while (built.getCount() > 0) {
				try {
					built.await();
				} catch (InterruptedException e) {
					interrupted = true;
				}
			}
			if (interrupted) {
				Thread.currentThread().interrupt();
			}
			if (failure != null) {
				throw failure;
			}
			return injector;
		}
	}

	/**
	 * What the first validation would otherwise do on the main thread: Xtext collects the validators' check
	 * methods by reflection on first use (a validation that runs none of them, as no check is expensive,
	 * collects them), and EMF reads its message bundle for the root diagnostic.
	 */
	private static void warmUp(Injector injector) {
		injector.getInstance(GovReportValidator.class).validate(GovReportPackage.Literals.REPORT,
				GovReportFactory.eINSTANCE.createReport(), new BasicDiagnostic(),
				new HashMap<>(Map.of(CheckMode.KEY, CheckMode.EXPENSIVE_ONLY, AbstractInjectableValidator.CURRENT_LANGUAGE_NAME,
						injector.getInstance(Key.get(String.class, Names.named(Constants.LANGUAGE_NAME))))));
		EcorePlugin.INSTANCE.getString("_UI_DiagnosticRoot_diagnostic", new Object[] { "" });
	}
}
