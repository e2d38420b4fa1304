package org.govreport.dsl.region;

import java.util.Arrays;

/**
 * MinHash signatures of a text's character shingles (Broder 1997): the share of equal positions of two
 * signatures estimates the Jaccard similarity of the shingle sets, so texts are compared by 64 numbers
 * each, and near-identical ones are found through bands of the signature (locality-sensitive hashing)
 * without comparing every pair.
 * <p>
 * The 64 numbers come from one hash per shingle, not 64 (one-permutation hashing, Li, Owen and Zhang 2012):
 * a shingle's hash picks one of 64 bins by its top bits, each bin keeps its smallest hash, and a bin no
 * shingle fell into takes the value of another bin, picked by a sequence of hashes of its own position that
 * every text shares (optimal densification, Shrivastava 2017), so that equal positions still estimate the
 * Jaccard similarity without bias.
 */
public final class MinHash {

	/** Numbers per signature: the estimate's standard error is about 1/√64 = 0.125 at J = 0.5, less near 0 and 1. */
	public static final int SIZE = 64;
	/** Characters per shingle. */
	public static final int SHINGLE = 5;

	/** The bits of a hash that choose its bin (64 bins), and those below them that are its value in the bin. */
	private static final int BIN_SHIFT = Long.SIZE - 6;
	private static final long VALUE_MASK = (1L << BIN_SHIFT) - 1;
	/** Borrowing from bins picked by hash stops after this many tries (with one bin filled, 1 in 10^7), then takes the next filled bin. */
	private static final int MAX_TRIES = 1000;

	private MinHash() {
	}

	/** The signature of a text's shingles and how many distinct shingles it has; null for a text shorter than a shingle. */
	public static ProseSignature of(String text) {
		if (text.length() < SHINGLE) {
			return null;
		}
		long[] hashes = new long[text.length() - SHINGLE + 1];
		for (int i = 0; i < hashes.length; i++) {
			long h = 0;
			for (int j = i; j < i + SHINGLE; j++) {
				h = h * 0x100000001B3L + text.charAt(j);
			}
			hashes[i] = mix(h);
		}
		Arrays.sort(hashes);
		int distinct = 0;
		long[] bins = new long[SIZE];
		Arrays.fill(bins, Long.MAX_VALUE);
		for (int i = 0; i < hashes.length; i++) {
			if (i == 0 || hashes[i] != hashes[i - 1]) {
				distinct++;
				int bin = (int) (hashes[i] >>> BIN_SHIFT);
				bins[bin] = Math.min(bins[bin], hashes[i] & VALUE_MASK);
			}
		}
		char[] signature = new char[SIZE];
		for (int k = 0; k < SIZE; k++) {
			signature[k] = (char) (filled(bins, k) >>> (BIN_SHIFT - Character.SIZE));
		}
		return new ProseSignature(distinct, signature);
	}

	/** Bin k's value, or the value of the bin it borrows from when it is empty. */
	private static long filled(long[] bins, int k) {
		int bin = k;
		for (int attempt = 1; bins[bin] == Long.MAX_VALUE; attempt++) {
			bin = attempt <= MAX_TRIES ? (int) (mix(((long) k << 32) + attempt) >>> BIN_SHIFT) : (k + attempt) % SIZE;
		}
		return bins[bin];
	}

	/** The estimated Jaccard similarity of two signatures. */
	public static double jaccard(char[] a, char[] b) {
		int same = 0;
		for (int k = 0; k < SIZE; k++) {
			if (a[k] == b[k]) {
				same++;
			}
		}
		return same / (double) SIZE;
	}

	/** SplitMix64's finaliser: spreads every input bit over the 64 bits. */
	private static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}
}
