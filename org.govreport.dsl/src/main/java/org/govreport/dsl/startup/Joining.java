package org.govreport.dsl.startup;

/** Waiting for a set-up thread without giving up on an interrupt (which is kept for the caller). */
final class Joining {

	private Joining() {
	}

	static void join(Thread thread) {
		boolean interrupted = false;
		while (thread.isAlive()) {
			try {
				thread.join();
			} catch (InterruptedException e) {
				interrupted = true;
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}
}
