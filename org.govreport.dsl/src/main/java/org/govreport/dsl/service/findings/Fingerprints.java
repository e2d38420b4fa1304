package org.govreport.dsl.service.findings;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.govreport.dsl.service.Finding;

/**
 * Stable identities of findings for CI tools that track them across commits: a hash of the file, the code and
 * the place without its line (the finding's subject: a cell's id, a row's label …), so that a finding keeps its
 * identity when lines above it move. Findings that share all three are told apart by their order.
 */
final class Fingerprints {

	private Fingerprints() {
	}

	/** The fingerprint of each finding, in order. */
	static List<String> of(List<Finding> findings) {
		Map<String, Integer> seen = new HashMap<>();
		List<String> prints = new ArrayList<>(findings.size());
		for (Finding f : findings) {
			String key = SourcePaths.relative(f.path()) + "\u0000" + f.code() + "\u0000" + f.subject();
			int occurrence = seen.merge(key, 1, Integer::sum);
			prints.add(sha256(occurrence == 1 ? key : key + "\u0000" + occurrence));
		}
		return prints;
	}

	/** The fingerprint of a file that could not be read: its path and code. */
	static String ofFailure(String path, String code) {
		return sha256(SourcePaths.relative(path) + "\u0000" + code);
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java has SHA-256", e);
		}
	}
}
