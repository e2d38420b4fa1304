package org.govreport.dsl.startup;

import java.lang.reflect.Method;
import java.util.concurrent.CountDownLatch;

import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.govreport.dsl.GovReportStandaloneSetup;
import org.govreport.dsl.validation.GovReportValidator;

import com.google.inject.Injector;

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
				injector = ParallelLanguageSetup.forCommands(new GovReportStandaloneSetup());
			} catch (RuntimeException e) {
				failure = e;
				return;
			} finally {
				built.countDown();
			}
			warmUp(injector);
		}

		Injector await() {
			Joining.await(built);
			if (failure != null) {
				throw failure;
			}
			return injector;
		}
	}

	/**
	 * What the first validation would otherwise do on the main thread: Xtext collects the validators' check
	 * methods by reflection on first use, and EMF reads its message bundle for the root diagnostic. Xtext offers
	 * no public call that only collects the methods (a validation that runs none costs more), so its own
	 * method is called; should a later Xtext rename it, the first validation collects them as before.
	 */
	private static void warmUp(Injector injector) {
		try {
			Method collect = AbstractDeclarativeValidator.class.getDeclaredMethod("initializeCheckMethods");
			collect.setAccessible(true);
			collect.invoke(injector.getInstance(GovReportValidator.class));
		} catch (ReflectiveOperationException | RuntimeException e) {
			// only a warm-up
		}
		EcorePlugin.INSTANCE.getString("_UI_DiagnosticRoot_diagnostic", new Object[] { "" });
	}
}
