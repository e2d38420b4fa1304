package org.govreport.dsl.region;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * MinHash signatures of a text's character shingles (Broder 1997): the share of equal positions of two
 * signatures estimates the Jaccard similarity of the shingle sets, so texts are compared by 64 numbers
 * each, and near-identical ones are found through bands of the signature (locality-sensitive hashing)
 * without comparing every pair.
 */
public final class MinHash {

	/** Numbers per signature: the estimate's standard error is about 1/√64 = 0.125 at J = 0.5, less near 0 and 1. */
	public static final int SIZE = 64;
	/** Characters per shingle. */
	public static final int SHINGLE = 5;

	/**
	 * The k-th hash function of a (well mixed) shingle hash x is (A[k]·x + B[k]) mod 2^64, its upper 32 bits
	 * kept: multiply-add-shift (Dietzfelbinger 1996), one multiplication per function and shingle, where
	 * mixing the seed in again took two.
	 */
	private static final long[] A = new SplittableRandom(0x5EED_2026L).longs(SIZE).map(a -> a | 1).toArray();
	private static final long[] B = new SplittableRandom(0xB_2026L).longs(SIZE).toArray();

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
		for (int i = 0; i < hashes.length; i++) {
			if (i == 0 || hashes[i] != hashes[i - 1]) {
				hashes[distinct++] = hashes[i];
			}
		}
		int[] signature = new int[SIZE];
		for (int k = 0; k < SIZE; k++) {
			long a = A[k];
			long b = B[k];
			long min = Long.MAX_VALUE;
			for (int i = 0; i < distinct; i++) {
				long v = (a * hashes[i] + b) >>> 32;
				if (v < min) {
					min = v;
				}
			}
			signature[k] = (int) min;
		}
		return new ProseSignature(distinct, signature);
	}

	/** The estimated Jaccard similarity of two signatures. */
	public static double jaccard(int[] a, int[] b) {
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
