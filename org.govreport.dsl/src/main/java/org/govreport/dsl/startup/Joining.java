package org.govreport.dsl.startup;

import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;

/** Waiting for a set-up thread without giving up on an interrupt (which is kept for the caller). */
final class Joining {

	private interface Wait {
		void await() throws InterruptedException;
	}

	private Joining() {
	}

	static void join(Thread thread) {
		until(thread::isAlive, thread::join);
	}

	static void await(CountDownLatch latch) {
		until(() -> latch.getCount() > 0, latch::await);
	}

	private static void until(BooleanSupplier waiting, Wait wait) {
		boolean interrupted = false;
		while (waiting.getAsBoolean()) {
			try {
				wait.await();
			} catch (InterruptedException e) {
				interrupted = true;
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}
}
