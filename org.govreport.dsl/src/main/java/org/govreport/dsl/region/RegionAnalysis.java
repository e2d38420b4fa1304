package org.govreport.dsl.region;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.govreport.dsl.form.Forms;

import com.google.inject.Inject;

/**
 * The checks across a region's reports, on their {@link ReportFacts}: pairs each organ's years (R6, W2 through
 * {@link org.govreport.dsl.validation.CarryOverComparison}; 本年新收同比; prose copied from last year, A7), holds
 * the reports against the roster (A1, A3) and their deadlines (A5, A6), and finds near-identical reports of
 * different organs (A8). What a report's verdict needs is kept in arrays; the verdict itself is made when asked.
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
		String[] keys = new String[facts.size()];
		Arrays.setAll(keys, pairing::key);
		int[] lastYear = new int[facts.size()];
		Arrays.fill(lastYear, -1);
		pairing.pairs().forEach(pair -> lastYear[pair.thisYear()] = pair.lastYear());
		long paired = System.nanoTime();
		ReportVerdicts.Shares[] shares = new ReportVerdicts.Shares[facts.size()];
		for (Pairing.Pair pair : pairing.pairs()) {
			shares[pair.thisYear()] = shares(facts.get(pair.lastYear()), facts.get(pair.thisYear()));
		}
		region.addAll(NeighbourSimilarity.findings(pairing, facts));
		long compared = System.nanoTime();
		return new RegionResult(new ReportVerdicts(facts, rules, forms.checks(), keys, lastYear, shares), region,
				(paired - start) / 1_000_000, (compared - paired) / 1_000_000);
	}

	/** The share of each section's own text that last year's report has too, in hundredths. */
	private static ReportVerdicts.Shares shares(ReportFacts lastYear, ReportFacts thisYear) {
		List<String> sections = new ArrayList<>();
		List<Long> hundredths = new ArrayList<>();
		for (Map.Entry<String, ProseSignature> e : thisYear.prose().entrySet()) {
			ProseSignature before = lastYear.prose().get(e.getKey());
			if (before != null && e.getValue().shingles() >= NeighbourSimilarity.MIN_SHINGLES) {
				sections.add(e.getKey());
				hundredths.add(Math.round(e.getValue().sharedWith(before) * 100));
			}
		}
		byte[] packed = new byte[hundredths.size()];
		for (int s = 0; s < packed.length; s++) {
			packed[s] = hundredths.get(s).byteValue();
		}
		return new ReportVerdicts.Shares(sections.toArray(String[]::new), packed);
	}
}
