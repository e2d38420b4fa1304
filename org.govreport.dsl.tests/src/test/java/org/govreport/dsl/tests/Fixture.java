package org.govreport.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govreport.dsl.service.Finding;

/**
 * A consistent report (every sum, balance and carry-over holds; last year's report beside it) and
 * one-call edits and assertions on it: {@code Fixture.consistent().cell("予以公开", 0, "4").assertError("R1", …)}.
 * Positions are computed from the edited text, so tests state rows and cells, not columns by hand.
 */
public final class Fixture {

	/** This year's report; last year's is ../2024/东温泉镇.govreport. */
	public static final Path THIS_YEAR = Path.of("src/test/resources/reports/2025/东温泉镇.govreport");
	public static final Path LAST_YEAR = Path.of("src/test/resources/reports/2024/东温泉镇.govreport");

	private static final Pattern CELL = Pattern.compile("-?[0-9][0-9.]*|\\?|空");

	private final String text;

	private Fixture(String text) {
		this.text = text;
	}

	public static Fixture consistent() {
		return new Fixture(ReportTesting.read(THIS_YEAR));
	}

	public static Fixture of(String text) {
		return new Fixture(text);
	}

	public String text() {
		return text;
	}

	/** Replaces the first occurrence of {@code from}, which must occur. */
	public Fixture replace(String from, String to) {
		assertTrue(text.contains(from), () -> "the fixture has no “" + from + "”");
		return new Fixture(text.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to)));
	}

	/** Writes {@code value} into cell number {@code index} (from 0) of the row labelled {@code label}. */
	public Fixture cell(String label, int index, String value) {
		int start = cellOffset(label, index);
		Matcher m = CELL.matcher(text).region(start, text.length());
		m.lookingAt();
		return new Fixture(text.substring(0, start) + value + text.substring(m.end()));
	}

	/** The line (from 1) of the row labelled {@code label}. */
	public int line(String label) {
		return lineOf(rowOffset(label));
	}

	/** The line (from 1) of the first line containing {@code part}. */
	public int lineOf(String part) {
		assertTrue(text.contains(part), () -> "the fixture has no “" + part + "”");
		return lineOf(text.indexOf(part));
	}

	/** The column (from 1) of cell number {@code index} of the row labelled {@code label}. */
	public int column(String label, int index) {
		return columnOf(cellOffset(label, index));
	}

	/** The column (from 1) where {@code part} starts on its line. */
	public int columnOf(String part) {
		return columnOf(text.indexOf(part));
	}

	public List<Finding> check() {
		return ReportTesting.check(THIS_YEAR, text);
	}

	/** Asserts a finding with this code, severity and position, and returns it (for its message). */
	public Finding assertFinding(String code, String severity, int line, int column) {
		List<Finding> findings = check();
		Finding found = findings.stream().filter(f -> f.code().equals(code) && f.line() == line && f.column() == column)
				.findFirst().orElseGet(() -> fail("expected " + code + " at " + line + ":" + column + ", found:\n"
						+ ReportTesting.describe(findings)));
		assertEquals(severity, found.severity(), found::toLine);
		return found;
	}

	public Finding assertError(String code, int line, int column) {
		return assertFinding(code, "error", line, column);
	}

	public Finding assertWarning(String code, int line, int column) {
		return assertFinding(code, "warning", line, column);
	}

	/** Asserts that no finding carries this code. */
	public void assertNo(String code) {
		List<Finding> findings = check().stream().filter(f -> f.code().equals(code)).toList();
		assertTrue(findings.isEmpty(), () -> "expected no " + code + ", found:\n" + ReportTesting.describe(findings));
	}

	/** Asserts how many findings carry this code. */
	public void assertCount(String code, int count) {
		List<Finding> findings = check();
		assertEquals(count, findings.stream().filter(f -> f.code().equals(code)).count(),
				() -> ReportTesting.describe(findings));
	}

	private int rowOffset(String label) {
		Matcher m = Pattern.compile("(?m)^[ \\t]*" + Pattern.quote(label) + "(?=[ \\t])").matcher(text);
		assertTrue(m.find(), () -> "the fixture has no row “" + label + "”");
		return m.end();
	}

	private int cellOffset(String label, int index) {
		Matcher m = CELL.matcher(text).region(rowOffset(label), text.length());
		for (int i = 0; i <= index; i++) {
			assertTrue(m.find(), () -> "row “" + label + "” has no cell " + index);
		}
		return m.start();
	}

	private int lineOf(int offset) {
		return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
	}

	private int columnOf(int offset) {
		return offset - text.lastIndexOf('\n', offset - 1);
	}
}
