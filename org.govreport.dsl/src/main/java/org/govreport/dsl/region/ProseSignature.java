package org.govreport.dsl.region;

/**
 * One section's prose, boilerplate left out, as a {@link MinHash} signature.
 *
 * @param shingles the number of distinct shingles of the text
 */
public record ProseSignature(int shingles, int[] minHash) {

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
