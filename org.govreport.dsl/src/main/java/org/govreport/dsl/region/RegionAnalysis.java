package org.govreport.dsl.region;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.govreport.dsl.form.Forms;
import org.govreport.dsl.report.Indicators;
import org.govreport.dsl.validation.CarryOverComparison;

import com.google.inject.Inject;

/**
 * The checks across a region's reports, on their {@link ReportFacts}: pairs each organ's years and compares
 * them (R6, W2 through {@link CarryOverComparison}; 本年新收同比; prose copied from last year, A7), holds the
 * reports against the roster (A1, A3) and their deadlines (A5, A6), and finds near-identical reports of
 * different organs (A8).
 */
public class RegionAnalysis {

	@Inject
	private Forms forms;

	/** @param facts one per report, null for a file that could not be read */
	public RegionResult analyse(List<ReportFacts> facts, RegionRules rules) {
		long start = System.nanoTime();
		Pairing pairing = new Pairing(facts, rules);
		List<RegionFinding> region = new ArrayList<>(pairing.findings());
		region.addAll(RosterCheck.findings(pairing, facts, rules.roster()));
		ReportVerdict[] verdicts = new ReportVerdict[facts.size()];
		for (int i = 0; i < facts.size(); i++) {
			if (pairing.key(i) != null) {
				verdicts[i] = dated(facts.get(i), pairing.key(i), rules);
			}
		}
		for (Pairing.Pair pair : pairing.pairs()) {
			verdicts[pair.thisYear()] = paired(verdicts[pair.thisYear()], facts.get(pair.lastYear()), facts.get(pair.thisYear()));
		}
		long paired = System.nanoTime();
		for (Pairing.Pair pair : pairing.pairs()) {
			verdicts[pair.thisYear()] = compared(verdicts[pair.thisYear()], facts.get(pair.lastYear()),
					facts.get(pair.thisYear()), rules.copiedShare());
		}
		region.addAll(NeighbourSimilarity.findings(pairing, facts));
		long compared = System.nanoTime();
		return new RegionResult(Arrays.asList(verdicts), region, (paired - start) / 1_000_000, (compared - paired) / 1_000_000);
	}

	/** Its deadline and whether it was met. */
	private static ReportVerdict dated(ReportFacts report, String key, RegionRules rules) {
		List<Roster.Entry> entries = rules.roster().entries(key);
		LocalDate deadline = rules.deadlines().deadline(report.year(), report.organ(), entries.size() == 1 ? entries.get(0) : null);
		Optional<LocalDate> published = Deadlines.published(report.date());
		Lateness lateness = Deadlines.lateness(published, deadline);
		List<RegionFinding> findings = new ArrayList<>();
		if (lateness == Lateness.LATE) {
			findings.add(RegionFinding.error(RegionFinding.LATE, report.path(), 1, 1, report.organ(), report.year(),
					"发布日期 " + published.get() + " 晚于截止日期 " + deadline));
		} else if (lateness == Lateness.UNKNOWN) {
			findings.add(RegionFinding.warning(RegionFinding.NO_DATE, report.path(), 1, 1, report.organ(), report.year(),
					"没有可用的发布日期，无法判断是否在 " + deadline + " 前发布"));
		}
		return new ReportVerdict(key, deadline, lateness, null, null, Map.of(), findings);
	}

	/** The carry-over between the two years, as if the report had named the other as 上年报告, and 本年新收同比. */
	private ReportVerdict paired(ReportVerdict verdict, ReportFacts lastYear, ReportFacts thisYear) {
		List<RegionFinding> findings = new ArrayList<>(verdict.findings());
		if (!thisYear.namesLastYear()) { // else its own check has compared them
			for (CarryOverComparison.Difference d : CarryOverComparison.differences(lastYear.carried(), lastYear.form(),
					thisYear.carried(), thisYear.form(), forms.checks())) {
				ReportFacts.Position at = thisYear.position(d.row().id(), d.column().id());
				String message = d.message() + "（上年报告：" + lastYear.path() + "）";
				findings.add(d.isError()
						? RegionFinding.error(d.code(), thisYear.path(), at.line(), at.column(), thisYear.organ(), thisYear.year(), message)
						: RegionFinding.warning(d.code(), thisYear.path(), at.line(), at.column(), thisYear.organ(), thisYear.year(), message));
			}
		}
		BigDecimal change = Indicators.change(lastYear.indicators(), thisYear.indicators()).orElse(null);
		return new ReportVerdict(verdict.key(), verdict.deadline(), verdict.lateness(), lastYear.path(), change, Map.of(),
				findings);
	}

	/** The share of each section's own text that last year's report has too; A7 for those at or above the threshold. */
	private static ReportVerdict compared(ReportVerdict verdict, ReportFacts lastYear, ReportFacts thisYear, double threshold) {
		Map<String, Double> shares = new TreeMap<>();
		thisYear.prose().forEach((section, signature) -> {
			ProseSignature before = lastYear.prose().get(section);
			if (before != null && signature.shingles() >= NeighbourSimilarity.MIN_SHINGLES) {
				shares.put(section, Math.round(signature.sharedWith(before) * 100) / 100.0);
			}
		});
		List<RegionFinding> findings = new ArrayList<>(verdict.findings());
		Map<String, Double> copied = shares.entrySet().stream().filter(e -> e.getValue() >= threshold)
				.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
		if (!copied.isEmpty()) {
			findings.add(RegionFinding.warning(RegionFinding.COPIED_FROM_LAST_YEAR, thisYear.path(), 1, 1, thisYear.organ(),
					thisYear.year(), "正文与上年报告大部分相同（通知要求避免年年雷同）："
							+ copied.entrySet().stream().map(e -> "第" + e.getKey() + "部分 " + Math.round(e.getValue() * 100) + "%")
									.collect(Collectors.joining("，"))
							+ "（上年报告：" + lastYear.path() + "）"));
		}
		return new ReportVerdict(verdict.key(), verdict.deadline(), verdict.lateness(), verdict.lastYear(),
				verdict.requestsChange(), shares, findings);
	}
}
