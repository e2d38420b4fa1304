package org.govreport.dsl.startup;

import java.util.logging.LogManager;

import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;

/** Process-wide settings of the shipped entry points (the CLI and the language server), made first thing. */
public final class ProcessSetup {

	private static final String GUICE_BYTECODE_GENERATION = "guice_bytecode_gen_option";
	private static final String GUICE_STACK_TRACES = "guice_include_stack_traces";
	private static final String PICOCLI_GROOVY_CLOSURES = "picocli.disable.closures";
	private static final String PICOCLI_CONVERTER_EXCLUDES = "picocli.converters.excludes";
	private static final String LOCALE_PROVIDERS = "java.locale.providers";

	private ProcessSetup() {
	}

	/** Both steps, for an entry point that starts nothing in between (the language server). */
	public static void apply() {
		setProperties();
		logToStderr();
	}

	/** The libraries' switches: must be set before Guice or picocli is loaded; a second call changes nothing. */
	public static void setProperties() {
		// Guice generates a class for every constructor it calls unless told not to; that generation costs
		// a cold start more than the reflection it saves in a whole session.
		if (System.getProperty(GUICE_BYTECODE_GENERATION) == null) {
			System.setProperty(GUICE_BYTECODE_GENERATION, "DISABLED");
		}
		// Guice walks the stack for the source of every binding, which only its own configuration errors
		// (a developer's concern, seen in tests) would show.
		if (System.getProperty(GUICE_STACK_TRACES) == null) {
			System.setProperty(GUICE_STACK_TRACES, "OFF");
		}
		// picocli looks for Groovy on the class path unless told not to; the failed lookup searches the
		// whole jar and throws, for a feature only Groovy scripts use.
		if (System.getProperty(PICOCLI_GROOVY_CLOSURES) == null) {
			System.setProperty(PICOCLI_GROOVY_CLOSURES, "true");
		}
		// picocli looks up a converter for every java.time and java.sql type by reflection, which loads and
		// initialises those classes (the time-zone rules among them) although no option of ours has such a type.
		if (System.getProperty(PICOCLI_CONVERTER_EXCLUDES) == null) {
			System.setProperty(PICOCLI_CONVERTER_EXCLUDES, "java\\.time\\..*,java\\.sql\\..*");
		}
		// The JDK's fallback locale data rather than CLDR's ("HOST" has no data of its own on Linux): nothing here
		// formats a date or a number by locale (messages are written out, numbers printed as they are), but EMF
		// creates date formats as it starts, and CLDR then parses the tag of every locale it knows to look up
		// the first day of the week, hot enough to be compiled.
		if (System.getProperty(LOCALE_PROVIDERS) == null) {
			System.setProperty(LOCALE_PROVIDERS, "HOST");
		}
		// log4j is configured in code (logToStderr), also when a set-up thread's class loads it first.
		System.setProperty("log4j.defaultInitOverride", "true");
	}

	/**
	 * Xtext's log4j warnings and errors go to stderr: stdout carries the command's output or the protocol.
	 * Set up in code rather than from log4j.properties, whose set-up inspects the appender's bean
	 * properties. Must follow {@link #setProperties()} and precede anything
	 * that logs.
	 */
	public static void logToStderr() {
		Logger root = Logger.getRootLogger();
		if (root.getAllAppenders().hasMoreElements()) {
			return;
		}
		root.setLevel(Level.WARN);
		root.addAppender(new ConsoleAppender(new PatternLayout("%-5p %c{1}: %m%n"), ConsoleAppender.SYSTEM_ERR));
		// Guice logs through java.util.logging, whose manager reads its configuration on first use: done here,
		// it does not fall on the thread building the injector, the slowest part of a cold start.
		LogManager.getLogManager();
	}
}
