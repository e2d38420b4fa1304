package org.govreport.dsl.cli;

import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;

/** Process-wide settings of the shipped entry points (the CLI and the language server), made first thing. */
public final class ProcessSetup {

	private static final String GUICE_BYTECODE_GENERATION = "guice_bytecode_gen_option";
	private static final String GUICE_STACK_TRACES = "guice_include_stack_traces";
	private static final String PICOCLI_GROOVY_CLOSURES = "picocli.disable.closures";

	private ProcessSetup() {
	}

	/** Must run before Guice is loaded and before anything logs; a second call changes nothing. */
	public static void apply() {
		// Guice generates a class for every constructor it calls unless told not to; that generation costs
		// a cold start about 100 ms, more than the reflection it saves in a whole session.
		if (System.getProperty(GUICE_BYTECODE_GENERATION) == null) {
			System.setProperty(GUICE_BYTECODE_GENERATION, "DISABLED");
		}
		// Guice walks the stack for the source of every binding, which only its own configuration errors
		// (a developer's concern, seen in tests) would show.
		if (System.getProperty(GUICE_STACK_TRACES) == null) {
			System.setProperty(GUICE_STACK_TRACES, "OFF");
		}
		// picocli looks for Groovy on the class path unless told not to; the failed lookup searches the
		// whole jar and throws, about 10 ms of a cold start, for a feature only Groovy scripts use.
		if (System.getProperty(PICOCLI_GROOVY_CLOSURES) == null) {
			System.setProperty(PICOCLI_GROOVY_CLOSURES, "true");
		}
		logToStderr();
	}

	/**
	 * Xtext's log4j warnings and errors go to stderr: stdout carries the command's output or the protocol.
	 * Set up in code rather than from log4j.properties, whose set-up inspects the appender's bean
	 * properties: about 50 ms of a cold start.
	 */
	private static void logToStderr() {
		System.setProperty("log4j.defaultInitOverride", "true");
		Logger root = Logger.getRootLogger();
		if (root.getAllAppenders().hasMoreElements()) {
			return;
		}
		root.setLevel(Level.WARN);
		root.addAppender(new ConsoleAppender(new PatternLayout("%-5p %c{1}: %m%n"), ConsoleAppender.SYSTEM_ERR));
	}
}
