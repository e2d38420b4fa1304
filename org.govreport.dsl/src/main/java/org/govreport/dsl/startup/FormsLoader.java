package org.govreport.dsl.startup;

import org.govreport.dsl.form.Forms;

import com.google.inject.Provider;

/**
 * Reads the form model (forms.json, its rules laid out over the tables) on a thread of its own, and hands
 * it to the injector as its form registry.
 */
final class FormsLoader extends Thread implements Provider<Forms> {

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

	/** Waits for the form model; a malformed forms.json is thrown here, to whoever needs the forms. */
	@Override
	public Forms get() {
		Joining.join(this);
		if (failure != null) {
			throw failure;
		}
		return forms;
	}
}
