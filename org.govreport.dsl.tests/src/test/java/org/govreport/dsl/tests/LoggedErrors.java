package org.govreport.dsl.tests;

import java.util.ArrayList;
import java.util.List;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;
import org.opentest4j.AssertionFailedError;

/**
 * Errors that Xtext logs instead of throwing: an exception in a check or in placing a problem ends the
 * validation with a log line, and the report then passes. A fuzz target that only watched for exceptions
 * would call such a swallowed crash a pass, so it runs its input through {@link #failOn}.
 */
public final class LoggedErrors {

	private static final Collector COLLECTOR = install();

	private LoggedErrors() {
	}

	/** Runs {@code work}; fails with the first error logged meanwhile, its exception as the cause. */
	public static void failOn(Runnable work) {
		COLLECTOR.clear();
		work.run();
		LoggingEvent first = COLLECTOR.first();
		if (first != null) {
			Throwable cause = first.getThrowableInformation() == null ? null : first.getThrowableInformation().getThrowable();
			throw new AssertionFailedError("logged instead of thrown: " + first.getRenderedMessage(), cause);
		}
	}

	private static Collector install() {
		Collector collector = new Collector();
		collector.setThreshold(Level.ERROR);
		Logger.getRootLogger().addAppender(collector);
		return collector;
	}

	private static final class Collector extends AppenderSkeleton {

		private final List<LoggingEvent> events = new ArrayList<>();

		@Override
		protected synchronized void append(LoggingEvent event) {
			events.add(event);
		}

		synchronized void clear() {
			events.clear();
		}

		synchronized LoggingEvent first() {
			return events.isEmpty() ? null : events.get(0);
		}

		@Override
		public void close() {
		}

		@Override
		public boolean requiresLayout() {
			return false;
		}
	}
}
