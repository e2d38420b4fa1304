package org.govreport.dsl.startup;

import org.govreport.dsl.form.Forms;

import com.google.inject.Provider;

/**
 * Reads the form model (forms.json, its rules laid out over the tables) on a thread of its own; the
 * injector's {@link Handover} waits for it.
 */
final class FormsLoader extends Thread {

	private volatile Forms forms;
	private volatile RuntimeException failure;

	FormsLoader() {
		super("govreport-forms");
		setDaemon(true);
	}

	@Override
	public void run() {
		try {
			forms = Forms.standard();
		} catch (RuntimeException e) {
			failure = e;
		}
	}

	/**
	 * The injector's provider of the forms. A class of its own rather than the thread itself: Guice scans a
	 * provider instance for members to inject, and a thread's class has many.
	 */
	static final class Handover implements Provider<Forms> {

		private final FormsLoader loader;

		Handover(FormsLoader loader) {
			this.loader = loader;
		}

		@Override
		public Forms get() {
			return loader.await();
		}
	}

	/** Waits for the form model; a malformed forms.json is thrown here, to whoever needs the forms. */
	Forms await() {
		Joining.join(this);
		if (failure != null) {
			throw failure;
		}
		return forms;
	}
}
