package org.govreport.dsl.region;

/**
 * One section's prose, boilerplate left out, as a {@link MinHash} signature.
 *
 * @param shingles the number of distinct shingles of the text
 * @param minHash  16 bits of each position's minimum (b-bit MinHash, Li and König 2010): a region's
 *                 audit keeps every report's signatures until the reports are compared, and two different
 *                 minima agree in 16 bits once in 65,536, too seldom to move an estimate
 */
public record ProseSignature(int shingles, char[] minHash) {

	/**
	 * The estimated share of this text's shingles that {@code other} has too (|A∩B| / |A|), from the Jaccard
	 * estimate and the two sizes: |A∩B| = J (|A| + |B|) / (1 + J).
	 */
	public double sharedWith(ProseSignature other) {
		double j = MinHash.jaccard(minHash, other.minHash);
		return Math.min(1.0, j * (shingles + other.shingles) / (1 + j) / shingles);
	}

	public double jaccard(ProseSignature other) {
		return MinHash.jaccard(minHash, other.minHash);
	}
}
