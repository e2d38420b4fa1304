package org.govreport.dsl.region;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The organs that must report, read from a CSV file with the columns 机关,层级,上级机关 (organ, level,
 * parent office; a header line naming them is optional). Organs are compared by {@link OrganNames#key}.
 */
public final class Roster {

	/** One organ that must report; {@code line} is its line in the roster file. */
	public record Entry(String organ, String level, String parent, int line) {
	}

	private static final List<String> HEADER = List.of("机关", "organ", "机关名称");

	private final Path path;
	private final Map<String, List<Entry>> byKey;

	private Roster(Path path, Map<String, List<Entry>> byKey) {
		this.path = path;
		this.byKey = byKey;
	}

	/** No roster: every organ is known, none is missing. */
	public static Roster none() {
		return new Roster(null, Map.of());
	}

	/** @throws RegionFileException for a line without three fields or without an organ's name */
	public static Roster parse(Path path, String text) {
		Map<String, List<Entry>> byKey = new LinkedHashMap<>();
		for (CsvLines.Line line : CsvLines.read(path, text, HEADER)) {
			if (line.fields().size() != 3) {
				int column = line.fields().size() > 3 ? line.column(3) : line.fields().get(line.fields().size() - 1).column();
				throw new RegionFileException(path, line.number(), column,
						"名册每行应有 3 列：机关,层级,上级机关（本行有 " + line.fields().size() + " 列）");
			}
			if (line.text(0).isEmpty()) {
				throw new RegionFileException(path, line.number(), 1, "机关名称为空");
			}
			Entry entry = new Entry(line.text(0), line.text(1), line.text(2), line.number());
			byKey.computeIfAbsent(OrganNames.key(entry.organ()), k -> new ArrayList<>()).add(entry);
		}
		return new Roster(path, byKey);
	}

	public boolean isPresent() {
		return path != null;
	}

	/** The roster file; null without a roster. */
	public Path path() {
		return path;
	}

	/** The roster's organs with this key: none (unknown), one, or several (an ambiguous name). */
	public List<Entry> entries(String key) {
		return byKey.getOrDefault(key, List.of());
	}

	/** Every key of the roster, in the file's order. */
	public Iterable<Map.Entry<String, List<Entry>>> byKey() {
		return byKey.entrySet();
	}
}
