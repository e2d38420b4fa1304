package org.govreport.dsl.region;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The audit across a region's reports: what it found about the region, and each report's verdict, made when it
 * is asked for (so ask once per report and output).
 *
 * @see RegionAnalysis
 */
public final class RegionResult {

	private final ReportVerdicts verdicts;
	private final List<RegionFinding> region;
	private final long pairingMillis;
	private final long similarityMillis;

	RegionResult(ReportVerdicts verdicts, List<RegionFinding> region, long pairingMillis, long similarityMillis) {
		this.verdicts = verdicts;
		this.region = region;
		this.pairingMillis = pairingMillis;
		this.similarityMillis = similarityMillis;
	}

	/** What the checks across reports found about one report (index of the facts given); null for one not grouped by an organ. */
	public ReportVerdict verdict(int report) {
		return verdicts.verdict(report);
	}

	/** Findings about the region: missing, duplicate, unknown and ambiguous organs, similar pairs. */
	public List<RegionFinding> region() {
		return region;
	}

	/** Every finding across reports: each report's, in the order of the facts, then the region's. */
	public Stream<RegionFinding> findings() {
		return Stream.concat(IntStream.range(0, verdicts.size()).mapToObj(verdicts::verdict)
				.filter(v -> v != null).flatMap(v -> v.findings().stream()), region.stream());
	}

	/** Time of grouping, pairing and the roster (deadlines and the carry-over are compared in each verdict). */
	public long pairingMillis() {
		return pairingMillis;
	}

	/** Time of the comparisons of prose (last year's and the neighbours'). */
	public long similarityMillis() {
		return similarityMillis;
	}
}
