package org.govreport.dsl.region;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * How one organ's name is recognised in different years: full-width and half-width forms are one
 * (Unicode NFKC), spaces do not count, and the 人民政府 suffix and its short form 政府 may be left out
 * ("东温泉镇人民政府", "东温泉镇 政府" and "东温泉镇" are one organ).
 */
public final class OrganNames {

	private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");
	private static final Pattern GOVERNMENT_SUFFIX = Pattern.compile("(人民政府|政府)$");

	private OrganNames() {
	}

	/** The name as written, in one width and without spaces: two reports that differ here name different organs or misspell one. */
	public static String written(String name) {
		return SPACES.matcher(Normalizer.normalize(name, Normalizer.Form.NFKC)).replaceAll("");
	}

	/** The key an organ is recognised by across years and in the roster. */
	public static String key(String name) {
		String written = written(name);
		String key = GOVERNMENT_SUFFIX.matcher(written).replaceFirst("");
		return key.isEmpty() ? written : key;
	}
}
