package org.govreport.dsl.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises page furniture — navigation, share buttons, copyright lines, PDF page numbers — by the
 * patterns in {@code furniture.txt}. A line that is only punctuation or only a site's name is never a
 * sentence of the report.
 */
final class PageFurniture {

	private static final Pattern FURNITURE = load();

	private PageFurniture() {
	}

	/** Whether a line is furniture, given its {@link LabelKeys#plain} form. */
	static boolean is(String plain) {
		return !plain.isEmpty() && FURNITURE.matcher(plain).matches();
	}

	private static Pattern load() {
		List<String> patterns = new ArrayList<>();
		try (BufferedReader in = new BufferedReader(new InputStreamReader(
				PageFurniture.class.getResourceAsStream("furniture.txt"), StandardCharsets.UTF_8))) {
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				if (!line.isBlank() && !line.startsWith("#")) {
					patterns.add("(?:" + line.strip() + ")");
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException("furniture.txt cannot be read", e);
		}
		return Pattern.compile(String.join("|", patterns));
	}
}
