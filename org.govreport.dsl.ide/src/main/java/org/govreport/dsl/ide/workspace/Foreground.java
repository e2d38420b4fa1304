package org.govreport.dsl.ide.workspace;

import com.google.inject.Singleton;

/**
 * The client's own work (opening, editing, closing reports) as the background sees it: background
 * work waits until that work is done and the client has been quiet for a moment, so typing never
 * competes with it for the processor.
 */
@Singleton
public class Foreground {

	/** How long the client must have been quiet; a pause between keystrokes is shorter. */
	static final long QUIET_MILLIS = 300;

	private int running;

	private long lastFinished = System.nanoTime();

	public synchronized void started() {
		running++;
	}

	public synchronized void finished() {
		running--;
		lastFinished = System.nanoTime();
		notifyAll();
	}

	/** Returns once nothing of the client's runs and nothing has for {@link #QUIET_MILLIS}. */
	public synchronized void awaitQuiet() throws InterruptedException {
		while (true) {
			long quietFor = (System.nanoTime() - lastFinished) / 1_000_000;
			if (running == 0 && quietFor >= QUIET_MILLIS) {
				return;
			}
			wait(running > 0 ? 0 : QUIET_MILLIS - quietFor);
		}
	}
}
