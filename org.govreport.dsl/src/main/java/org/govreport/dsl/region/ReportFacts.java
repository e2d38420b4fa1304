package org.govreport.dsl.region;

import java.util.Map;

import org.govreport.dsl.form.Form;
import org.govreport.dsl.report.Indicators;
import org.govreport.dsl.validation.CarryOverFacts;

/**
 * What the checks across reports need of one report, kept instead of its parsed model so that a region
 * audit's memory grows by little more than a kilobyte per report: its name and year, 发布日期, the cells
 * carried between years, its indicators and a signature of each section's prose.
 *
 * @param path          the file, as named on the command line
 * @param date          发布日期 as written, or null
 * @param form          the form the report is read through (shared, not copied)
 * @param places        where this year's carried cells stand: the places of R6/W2 findings
 * @param prose         section number (一 … 六) → signature of its prose; sections too short to compare are absent
 * @param namesLastYear whether the report names {@code 上年报告} itself (its own check then compared the years)
 */
public record ReportFacts(String path, String organ, int year, String date, Form form, CarryOverFacts carried,
		CellPlaces places, Indicators indicators, Map<String, ProseSignature> prose, boolean namesLastYear) {

	/** A place in the report's (imported) text, lines and columns from 1. */
	public record Position(int line, int column) {
	}

	public Position position(String rowId, String columnId) {
		return places.at(rowId + "." + columnId);
	}
}
