package org.govreport.dsl.region;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the audit across reports found about one report.
 *
 * @param key              the organ's key (its normalised, mapped name) the report was grouped by
 * @param deadline         its deadline (default 1 月 31 日 of the following year)
 * @param lateness         on time, late, or unknown (no real 发布日期)
 * @param lastYear         the path of the same organ's report of the previous year it was paired with, or null
 * @param requestsChange   本年新收同比: the change of 本年新收 against that report (a share), or null
 * @param sharedWithLastYear section number → share of its prose (boilerplate left out) also in last year's
 * @param findings         the findings of this report: R6/W2 against last year, A5/A6, A7
 */
public record ReportVerdict(String key, LocalDate deadline, Lateness lateness, String lastYear, BigDecimal requestsChange,
		Map<String, Double> sharedWithLastYear, List<RegionFinding> findings) {
}
