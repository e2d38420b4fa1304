package org.govreport.dsl.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One report's lines, each read once: split into cells (the importer asks about a line several times: the
 * labels that choose the form, where a section's table starts, whether a wrap cut a number, the table itself)
 * and folded to its plain form (page furniture, then section headings).
 */
final class LineReadings {

	private final Map<String, List<Token>> cells = new HashMap<>();
	private final Map<String, String> plain = new HashMap<>();

	/** The line's cells, their line index 0. */
	List<Token> cells(String line) {
		return cells.computeIfAbsent(line, l -> List.copyOf(CellSplitter.split(l, 0))); // shared: not to be changed
	}

	/** The line's cells with the index of the line they come from. */
	List<Token> cells(String line, int index) {
		return cells(line).stream().map(token -> token.onLine(index)).toList();
	}

	/** {@link LabelKeys#plain} of the line. */
	String plain(String line) {
		return plain.computeIfAbsent(line, LabelKeys::plain);
	}
}
