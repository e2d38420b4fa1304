package org.govreport.dsl.region;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.govreport.dsl.form.Checks;
import org.govreport.dsl.report.Indicators;
import org.govreport.dsl.validation.CarryOverComparison;

/**
 * Each report's {@link ReportVerdict}, made when it is asked for from what the analysis kept (the organ's key,
 * last year's report, the shares of each section's prose) and the report's facts: a country's verdicts, with
 * their messages, would otherwise all be held until the audit is printed.
 */
final class ReportVerdicts {

	/** The shares of a report's sections also in last year's, in hundredths, section by section (a verdict sorts them). */
	record Shares(String[] sections, byte[] hundredths) {
	}

	private final List<ReportFacts> facts;
	private final RegionRules rules;
	private final Checks checks;
	/** the key each report was grouped by (null: not grouped) */
	private final String[] keys;
	/** the index of the same organ's report of the previous year, or -1 */
	private final int[] lastYear;
	/** the shares of the paired reports' prose, null for the others */
	private final Shares[] shares;

	ReportVerdicts(List<ReportFacts> facts, RegionRules rules, Checks checks, String[] keys, int[] lastYear, Shares[] shares) {
		this.facts = facts;
		this.rules = rules;
		this.checks = checks;
		this.keys = keys;
		this.lastYear = lastYear;
		this.shares = shares;
	}

	int size() {
		return keys.length;
	}

	/** The verdict of a report grouped by its organ; null for one that was not (unreadable, no organ or year). */
	ReportVerdict verdict(int report) {
		if (keys[report] == null) {
			return null;
		}
		ReportFacts thisYear = facts.get(report);
		List<Roster.Entry> entries = rules.roster().entries(keys[report]);
		LocalDate deadline = rules.deadlines().deadline(thisYear.year(), thisYear.organ(), entries.size() == 1 ? entries.get(0) : null);
		Optional<LocalDate> published = Deadlines.published(thisYear.date());
		Lateness lateness = Deadlines.lateness(published, deadline);
		List<RegionFinding> findings = new ArrayList<>();
		dated(thisYear, published, deadline, lateness, findings);
		if (lastYear[report] < 0) {
			return new ReportVerdict(keys[report], deadline, lateness, null, null, Map.of(), findings);
		}
		ReportFacts before = facts.get(lastYear[report]);
		carriedOver(before, thisYear, findings);
		Map<String, Double> shared = shared(shares[report]);
		copied(shared, before, thisYear, findings);
		BigDecimal change = Indicators.change(before.indicators(), thisYear.indicators()).orElse(null);
		return new ReportVerdict(keys[report], deadline, lateness, before.path(), change, shared, findings);
	}

	/** A5 when it was published after its deadline, A6 when it has no real 发布日期. */
	private static void dated(ReportFacts report, Optional<LocalDate> published, LocalDate deadline, Lateness lateness,
			List<RegionFinding> findings) {
		if (lateness == Lateness.LATE) {
			findings.add(RegionFinding.error(RegionFinding.LATE, report.path(), 1, 1, report.organ(), report.year(),
					"发布日期 " + published.get() + " 晚于截止日期 " + deadline));
		} else if (lateness == Lateness.UNKNOWN) {
			findings.add(RegionFinding.warning(RegionFinding.NO_DATE, report.path(), 1, 1, report.organ(), report.year(),
					"没有可用的发布日期，无法判断是否在 " + deadline + " 前发布"));
		}
	}

	/** The carry-over between the two years (R6, W2), as if the report had named the other as 上年报告. */
	private void carriedOver(ReportFacts lastYear, ReportFacts thisYear, List<RegionFinding> findings) {
		if (thisYear.namesLastYear()) {
			return; // its own check has compared them
		}
		for (CarryOverComparison.Difference d : CarryOverComparison.differences(lastYear.carried(), lastYear.form(),
				thisYear.carried(), thisYear.form(), checks)) {
			ReportFacts.Position at = thisYear.position(d.row().id(), d.column().id());
			String message = d.message() + "（上年报告：" + lastYear.path() + "）";
			findings.add(d.isError()
					? RegionFinding.error(d.code(), thisYear.path(), at.line(), at.column(), thisYear.organ(), thisYear.year(), message)
					: RegionFinding.warning(d.code(), thisYear.path(), at.line(), at.column(), thisYear.organ(), thisYear.year(), message));
		}
	}

	/** A7 for the sections whose share of text also in last year's is at or above the office's threshold. */
	private void copied(Map<String, Double> shared, ReportFacts lastYear, ReportFacts thisYear, List<RegionFinding> findings) {
		Map<String, Double> copied = shared.entrySet().stream().filter(e -> e.getValue() >= rules.copiedShare())
				.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
		if (!copied.isEmpty()) {
			findings.add(RegionFinding.warning(RegionFinding.COPIED_FROM_LAST_YEAR, thisYear.path(), 1, 1, thisYear.organ(),
					thisYear.year(), "正文与上年报告大部分相同（通知要求避免年年雷同）："
							+ copied.entrySet().stream().map(e -> "第" + e.getKey() + "部分 " + Math.round(e.getValue() * 100) + "%")
									.collect(Collectors.joining("，"))
							+ "（上年报告：" + lastYear.path() + "）"));
		}
	}

	private static Map<String, Double> shared(Shares shares) {
		Map<String, Double> shared = new TreeMap<>();
		for (int s = 0; s < shares.sections().length; s++) {
			shared.put(shares.sections()[s], shares.hundredths()[s] / 100.0);
		}
		return shared;
	}
}
