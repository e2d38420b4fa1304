package org.govreport.dsl.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cells of one report's lines, each line split once: the importer asks about a line up to four times
 * (the labels that choose the form, where a section's table starts — twice — and the table itself).
 */
final class LineCells {

	private final Map<String, List<Token>> cells = new HashMap<>();

	/** The line's cells, their line index 0. */
	List<Token> of(String line) {
		return cells.computeIfAbsent(line, l -> CellSplitter.split(l, 0));
	}

	/** The line's cells with the index of the line they come from. */
	List<Token> of(String line, int index) {
		return of(line).stream().map(token -> token.onLine(index)).toList();
	}
}
