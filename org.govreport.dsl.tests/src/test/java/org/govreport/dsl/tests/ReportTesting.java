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
import org.govreport.dsl.cli.Finding;
import org.govreport.dsl.cli.Findings;
import org.govreport.dsl.cli.ReportLoader;
import org.govreport.dsl.formatting2.ReportFormatting;
import org.govreport.dsl.govReport.Report;

/**
 * One-call helpers for tests: parse a text, check it, format it, and assert what comes out —
 * {@code assertCheck(text, "R2", 14)} style. Every helper runs the same code path as the CLI.
 */
public final class ReportTesting {

	/** Where parsed test texts pretend to live (relative references resolve from here). */
	public static final Path VIRTUAL = Path.of("test-input.govreport");

	private ReportTesting() {
	}

	public static XtextResource parse(String text) {
		return ReportLoader.parse(VIRTUAL, text);
	}

	public static Report report(String text) {
		return (Report) parse(text).getContents().get(0);
	}

	/** Every error and warning of a text, sorted by position. */
	public static List<Finding> check(String text) {
		return Findings.of(VIRTUAL, parse(text));
	}

	public static List<Finding> check(Path file) {
		return Findings.of(file, ReportLoader.load(file));
	}

	/** Every finding of a text parsed as if it were the file at {@code path} (上年报告 resolves from there). */
	public static List<Finding> check(Path path, String text) {
		return Findings.of(path, ReportLoader.parse(path, text));
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
		return ReportLoader.injector().getInstance(ReportFormatting.class).format(parse(text));
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
