package org.govreport.dsl.region;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Organs whose name changed, read from a mapping file: CSV lines {@code 旧名称,新名称} (an optional header
 * {@code 旧名称,新名称} or {@code old,new}). Reports under an old name are paired with the new name's as
 * one organ. Names are compared by {@link OrganNames#key}; a chain (A → B, B → C) is followed.
 */
public final class NameMapping {

	private static final List<String> HEADER = List.of("旧名称", "old", "old_name");

	private final Map<String, String> renamed;

	private NameMapping(Map<String, String> renamed) {
		this.renamed = renamed;
	}

	public static NameMapping none() {
		return new NameMapping(Map.of());
	}

	/** @throws RegionFileException for a line without two names, an old name mapped twice, or a cycle */
	public static NameMapping parse(Path path, String text) {
		Map<String, String> renamed = new HashMap<>();
		for (CsvLines.Line line : CsvLines.read(path, text, HEADER)) {
			if (line.fields().size() != 2 || line.text(0).isEmpty() || line.text(1).isEmpty()) {
				throw new RegionFileException(path, line.number(), 1, "每行应为 旧名称,新名称（两个名称，逗号分隔）");
			}
			String from = OrganNames.key(line.text(0));
			String to = OrganNames.key(line.text(1));
			String before = renamed.putIfAbsent(from, to);
			if (before != null && !before.equals(to)) {
				throw new RegionFileException(path, line.number(), line.column(1),
						"“" + line.text(0) + "” 已对应另一个新名称，一个旧名称只能对应一个新名称");
			}
		}
		NameMapping mapping = new NameMapping(renamed);
		for (String from : renamed.keySet()) {
			if (mapping.key(from) == null) {
				throw new RegionFileException(path, 1, 1, "名称对应关系成环（" + from + " 最终又对应回自身）");
			}
		}
		return mapping;
	}

	/** The key of the organ's current name, following renames; null only inside a cycle (refused by {@link #parse}). */
	public String key(String key) {
		String current = key;
		for (int steps = 0; steps <= renamed.size(); steps++) {
			String next = renamed.get(current);
			if (next == null) {
				return current;
			}
			current = next;
		}
		return null;
	}

	/** The key of an organ's name as written in a report. */
	public String keyOf(String name) {
		return key(OrganNames.key(name));
	}
}
