package org.govreport.dsl.region;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The small CSV files of a region audit (roster, name mapping, deadlines), read with the position of
 * every field so that a malformed line is reported at {@code line:col}. Quoted fields ("a,b", "" for a
 * quote) are read as RFC 4180 says; blank lines and lines starting with # are skipped.
 */
final class CsvLines {

	/** A field and the column (from 1) where it starts. */
	record Field(String text, int column) {
	}

	/** A line's fields and its number (from 1). */
	record Line(int number, List<Field> fields) {

		String text(int index) {
			return fields.get(index).text();
		}

		int column(int index) {
			return fields.get(index).column();
		}
	}

	private CsvLines() {
	}

	/**
	 * The data lines of {@code text}: a first line whose first field is one of {@code header} is a header and skipped.
	 *
	 * @throws RegionFileException for an unclosed quote
	 */
	static List<Line> read(Path path, String text, List<String> header) {
		List<Line> lines = new ArrayList<>();
		String[] raw = text.startsWith("\uFEFF") ? text.substring(1).split("\r?\n", -1) : text.split("\r?\n", -1);
		for (int n = 0; n < raw.length; n++) {
			String line = raw[n];
			if (line.isBlank() || line.stripLeading().startsWith("#")) {
				continue;
			}
			Line parsed = new Line(n + 1, fields(path, n + 1, line));
			if (lines.isEmpty() && header.contains(parsed.text(0).strip().toLowerCase(java.util.Locale.ROOT))) {
				continue;
			}
			lines.add(parsed);
		}
		return lines;
	}

	private static List<Field> fields(Path path, int number, String line) {
		List<Field> fields = new ArrayList<>();
		int i = 0;
		while (true) {
			int start = i;
			StringBuilder field = new StringBuilder();
			if (i < line.length() && line.charAt(i) == '"') {
				i++;
				while (true) {
					if (i >= line.length()) {
						throw new RegionFileException(path, number, start + 1, "引号未闭合（字段从此处开始）");
					}
					char c = line.charAt(i++);
					if (c == '"' && i < line.length() && line.charAt(i) == '"') {
						field.append('"');
						i++;
					} else if (c == '"') {
						break;
					} else {
						field.append(c);
					}
				}
				if (i < line.length() && line.charAt(i) != ',') {
					throw new RegionFileException(path, number, i + 1, "引号后应为逗号或行尾");
				}
			} else {
				while (i < line.length() && line.charAt(i) != ',') {
					field.append(line.charAt(i++));
				}
			}
			fields.add(new Field(field.toString().strip(), start + 1));
			if (i >= line.length()) {
				return fields;
			}
			i++; // the comma
		}
	}
}
