package org.govreport.dsl.rollup;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.govreport.dsl.form.CellRef;
import org.govreport.dsl.report.Indicators;
import org.govreport.dsl.report.ResolvedReport;

/**
 * What a roll-up needs of one report, kept instead of its parse so that thousands of reports fit in memory:
 * who and when it is, how many errors it has, and the number of every cell of its form.
 *
 * @param file     the report file
 * @param organ    the organ's name
 * @param year     the report's year
 * @param format   the format it names
 * @param known    whether the tool knows that format
 * @param parsed   whether it parsed without syntax errors (a report that did not is never summed)
 * @param errors   how many errors its check found
 * @param requests 本年新收 as {@link Indicators} defines it, or null when unknown
 * @param values   every cell's number in {@link RegionSum#cells} order: a blank (空) as 0, null for ? or a missing row
 */
public record ReportFigures(Path file, String organ, int year, String format, boolean known, boolean parsed,
		int errors,
		BigDecimal requests, BigDecimal[] values) {

	/** Reads the figures through the report's form. */
	public static ReportFigures of(Path file, ResolvedReport report, int errors) {
		List<CellRef> cells = RegionSum.cells(report.form());
		BigDecimal[] values = new BigDecimal[cells.size()];
		for (int i = 0; i < values.length; i++) {
			values[i] = report.value(cells.get(i).row(), cells.get(i).column()).orElse(null);
		}
		String organ = report.report().getOrgan() == null ? "" : report.report().getOrgan();
		return new ReportFigures(file, organ, report.report().getYear(), report.format(), report.isKnownFormat(), true,
				errors,
				Indicators.of(report).requests().orElse(null), values);
	}

	/** A file that is no report at all: nothing of it can be summed. */
	public static ReportFigures unparsed(Path file, int errors) {
		return new ReportFigures(file, "", 0, "", false, false, errors, null, new BigDecimal[0]);
	}

	/** How the roll-up names this report to the office: its organ, or its file when the organ is not named. */
	public String name() {
		return organ.isBlank() ? file.toString() : organ;
	}

	/** The cell at an index of its form's cells, empty for ? or a missing row. */
	public Optional<BigDecimal> value(int index) {
		return Optional.ofNullable(values[index]);
	}
}
