package org.govreport.dsl.region;

import java.util.List;

/**
 * The audit across a region's reports.
 *
 * @param verdicts         one per report, in the order of the facts given (null for a file that could not be read)
 * @param region           findings about the region: missing, duplicate, unknown and ambiguous organs, similar pairs
 * @param pairingMillis    time of grouping, pairing, carry-over, roster and deadlines
 * @param similarityMillis time of the comparisons of prose (last year's and the neighbours')
 */
public record RegionResult(List<ReportVerdict> verdicts, List<RegionFinding> region, long pairingMillis,
		long similarityMillis) {
}
