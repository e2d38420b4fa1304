package org.govreport.dsl.service.findings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.inject.Singleton;

/**
 * Every code a finding or a file failure can carry, with its severity and meaning, read from the rules'
 * documentation (docs/rules.md, which the build copies into the jar): the one list users read is the one SARIF
 * tools show. A test holds it complete against {@code IssueCodes}, the forms' sum rules and the F-codes.
 */
@Singleton
public class RuleCatalogue {

	/** One code: {@code level} is {@code error} or {@code warning}; {@code meaning} is the documentation's line (Markdown). */
	public record Rule(String code, String level, String meaning) {

		/** The meaning as plain text: without the Markdown code marks. */
		public String text() {
			return meaning.replace("`", "");
		}

		/** The plain meaning's first sentence. */
		public String summary() {
			Matcher m = FIRST_SENTENCE.matcher(text());
			return m.find() ? m.group(1) : text();
		}
	}

	/** Up to the first full stop that ends a sentence (not one inside "e.g."). */
	private static final Pattern FIRST_SENTENCE = Pattern.compile("^(.+?[^.]{3}[.。])(\\s|$)");

	/** {@code | R1 | error ⚡ | meaning |} or {@code | F1 | meaning |}. */
	private static final Pattern ROW = Pattern.compile("^\\| ([A-Z][0-9]+) \\|(?: (error|warning)[^|]*\\|)? (.+) \\|$");

	private final List<Rule> rules = new ArrayList<>();

	public RuleCatalogue() {
		try (InputStream in = RuleCatalogue.class.getResourceAsStream("rules.md")) {
			if (in == null) {
				throw new IllegalStateException("rules.md is not in the jar");
			}
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				Matcher m = ROW.matcher(line.strip());
				if (m.matches()) {
					// A file failure (F-codes, the table without a severity) is an error.
					rules.add(new Rule(m.group(1), m.group(2) == null ? "error" : m.group(2), m.group(3)));
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Every code, in the documentation's order. */
	public List<Rule> all() {
		return rules;
	}

	public Optional<Rule> rule(String code) {
		return rules.stream().filter(r -> r.code().equals(code)).findFirst();
	}

	/** A code's position in {@link #all()}, or −1. */
	public int indexOf(String code) {
		for (int i = 0; i < rules.size(); i++) {
			if (rules.get(i).code().equals(code)) {
				return i;
			}
		}
		return -1;
	}
}
