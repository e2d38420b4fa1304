package org.govreport.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.xtext.resource.XtextResource;
import org.govreport.dsl.form.Forms;
import org.govreport.dsl.govReport.Report;
import org.govreport.dsl.report.ReportViews;
import org.govreport.dsl.report.ResolvedReport;
import org.govreport.dsl.service.CheckService;
import org.govreport.dsl.service.Finding;
import org.govreport.dsl.service.FormatService;
import org.govreport.dsl.service.ReportLoader;

import com.google.inject.Injector;

/**
 * One-call helpers for tests: parse a text, check it, format it, and assert what comes out —
 * {@code assertCheck(text, "R2", 14)} style. Every helper calls the services the CLI calls, from the
 * language's test injector (Xtext's {@link GovReportInjectorProvider}, which test classes can also name in
 * {@code @InjectWith}).
 */
public final class ReportTesting {

	/** Where parsed test texts pretend to live (relative references resolve from here). */
	public static final Path VIRTUAL = Path.of("test-input.govreport");

	private static final GovReportInjectorProvider LANGUAGE = new GovReportInjectorProvider();

	private static boolean registered;

	private ReportTesting() {
	}

	/**
	 * The language's injector, with the shipped forms. Its EMF registrations (the validator among them) are
	 * installed once and kept: the provider keeps them aside until asked, as {@code @InjectWith} does around
	 * each test.
	 */
	public static synchronized Injector injector() {
		if (!registered) {
			LANGUAGE.setupRegistry();
			registered = true;
		}
		return LANGUAGE.getInjector();
	}

	public static <T> T get(Class<T> type) {
		return injector().getInstance(type);
	}

	/** The shipped form registry. */
	public static Forms forms() {
		return get(Forms.class);
	}

	/** A parsed report read through its form. */
	public static ResolvedReport resolved(Report report) {
		return get(ReportViews.class).resolved(report);
	}

	public static ReportLoader loader() {
		return get(ReportLoader.class);
	}

	public static XtextResource parse(String text) {
		return loader().parse(VIRTUAL, text);
	}

	public static XtextResource parse(Path path, String text) {
		return loader().parse(path, text);
	}

	public static Report report(String text) {
		return (Report) parse(text).getContents().get(0);
	}

	/** Every error and warning of a text, sorted by position. */
	public static List<Finding> check(String text) {
		return get(CheckService.class).check(VIRTUAL, parse(text));
	}

	public static List<Finding> check(Path file) {
		return get(CheckService.class).check(file);
	}

	/** Every finding of a text parsed as if it were the file at {@code path} (上年报告 resolves from there). */
	public static List<Finding> check(Path path, String text) {
		return get(CheckService.class).check(path, parse(path, text));
	}

	/** Asserts that the text has a finding with this code on this line, and returns it. */
	public static Finding assertCheck(String text, String code, int line) {
		List<Finding> findings = check(text);
		return findings.stream().filter(f -> f.code().equals(code) && f.line() == line).findFirst()
				.orElseGet(() -> fail("expected " + code + " on line " + line + ", found:\n" + describe(findings)));
	}

	/** Asserts that the text has no error (warnings allowed). */
	public static void assertNoErrors(String text) {
		List<Finding> errors = check(text).stream().filter(Finding::isError).toList();
		assertTrue(errors.isEmpty(), () -> "expected no errors, found:\n" + describe(errors));
	}

	/** Asserts that the text has no finding at all. */
	public static void assertClean(String text) {
		List<Finding> findings = check(text);
		assertTrue(findings.isEmpty(), () -> "expected no findings, found:\n" + describe(findings));
	}

	/** The canonical layout of a text that parses. */
	public static String format(String text) {
		return get(FormatService.class).format(VIRTUAL, text);
	}

	public static void assertFormatted(String expected, String text) {
		assertEquals(expected, format(text));
	}

	public static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The example reports shipped in examples/ (tests run with the tests module as working directory). */
	public static List<Path> examples() {
		Path folder = Path.of("..", "examples");
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(p -> p.toString().endsWith(".govreport")).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static String describe(List<Finding> findings) {
		return findings.stream().map(Finding::toLine).collect(Collectors.joining("\n"));
	}
}
