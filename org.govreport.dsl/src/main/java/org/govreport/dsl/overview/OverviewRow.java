package org.govreport.dsl.overview;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * One report on the office's overview page.
 *
 * @param file        the report file
 * @param organ       the organ, or "" when not named
 * @param year        the report's year, or 0
 * @param errors      how many errors its check found
 * @param warnings    how many warnings
 * @param codes       findings by rule code
 * @param requests    本年新收 (docs/indicators.md), or null
 * @param disclosureRate 实质公开率, or null
 * @param reviews     行政复议·总计, or null
 * @param lawsuits    行政诉讼·总计 (both rows), or null
 * @param outcomes    the requests answered by kind of outcome (予以公开, 部分公开, 不予公开 …), in the form's order
 * @param published   发布日期, or null when the report does not say
 * @param deadline    the date by which it was due (see where the rows are made), or null
 * @param failure     why the file could not be read, or null
 * @param link        its HTML export, relative to the page, or null when there is none
 */
public record OverviewRow(String file, String organ, int year, int errors, int warnings, Map<String, Integer> codes,
		BigDecimal requests, BigDecimal disclosureRate, BigDecimal reviews, BigDecimal lawsuits,
		Map<String, BigDecimal> outcomes, LocalDate published, LocalDate deadline, String failure, String link) {

	/** A file that could not be read: it is listed, with why. */
	public static OverviewRow failed(String file, String failure) {
		return new OverviewRow(file, "", 0, 0, 0, Map.of(), null, null, null, null, Map.of(), null, null, failure, null);
	}

	public String status() {
		return failure != null ? "无法读取" : errors > 0 ? "有错误" : warnings > 0 ? "有警告" : "无问题";
	}

	/** Published after its deadline; null when either date is unknown. */
	public Boolean late() {
		return published == null || deadline == null ? null : published.isAfter(deadline);
	}

	/** The same row with its export's link. */
	public OverviewRow withLink(String link) {
		return new OverviewRow(file, organ, year, errors, warnings, codes, requests, disclosureRate, reviews, lawsuits,
				outcomes, published, deadline, failure, link);
	}
}
