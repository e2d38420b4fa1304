package org.govreport.dsl.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.govreport.dsl.form.RowSpec;
import org.govreport.dsl.form.TableSpec;
import org.govreport.dsl.imports.ImportedCell.Status;

/**
 * Reads one table of the form out of the cells of a section, whatever the layout: a row is found by
 * its label (the form's, in any spelling {@link LabelKeys} accepts) and takes the cells that follow
 * it. A table published without row labels (table 4 prints its fifteen numbers in one row) is read as
 * one block in the form's row and column order — only when the count is exactly right.
 *
 * <p>
 * Nothing is guessed: a row whose cells cannot be placed (too few numbers and no grid to say which
 * are missing) gets ? in every cell, and text that is not a number gets ? with the text in a note.
 */
final class TableReader {

	/** Unknown text this short inside a row is a damaged cell (x, O, 5件); longer text is prose. */
	private static final int MAX_DAMAGED_CELL = 8;

	private final TableLabels labels;

	TableReader(TableLabels labels) {
		this.labels = labels;
	}

	/** One row being read: its label token and the cells found so far. */
	private static final class Reading {
		final RowSpec row;
		final int labelLine;
		final List<Token> cells = new ArrayList<>();

		Reading(RowSpec row, int labelLine) {
			this.row = row;
			this.labelLine = labelLine;
		}

		boolean complete() {
			return cells.size() >= row.columns().size();
		}
	}

	ImportedTable read(List<Token> tokens) {
		TableSpec table = labels.table();
		Map<RowSpec, List<Token>> found = new LinkedHashMap<>();
		List<Token> loose = new ArrayList<>();
		List<Token> leftovers = new ArrayList<>();
		int lastLine = -1;
		Reading current = null;
		for (int i = 0; i < tokens.size(); i++) {
			Token token = tokens.get(i);
			if (token.kind() == Token.Kind.TEXT) {
				Optional<RowSpec> row = labels.row(token.text(), readWithNumbers(found));
				if (row.isPresent() && onlyFiller(tokens, i, row.get(),
						labels.isHeader(token.text()) && !LabelKeys.startsWithNumbering(token.text()))) {
					lastLine = finish(current, found, lastLine);
					current = null; // a header cell padded with empty cells (总计 | ||)
					continue;
				}
				if (row.isPresent()) {
					lastLine = finish(current, found, lastLine);
					current = new Reading(row.get(), token.line());
					continue;
				}
				if (current != null && !current.complete() && labels.isFragmentOf(current.row, token.text())) {
					continue; // the rest of a label wrapped over lines
				}
				if (labels.isLabel(token.text()) || labels.isFragment(token.text())) {
					// ends the row; a row label with no cell after it was a header cell (行政复议 above table 4)
					lastLine = finish(current, found, lastLine);
					current = null;
					continue;
				}
				if (token.text().length() <= MAX_DAMAGED_CELL && (current != null || !loose.isEmpty())) {
					addCell(current, token, loose); // a damaged cell: x, O, 5件
					if (current != null && current.complete()) {
						lastLine = finish(current, found, lastLine);
						current = null;
					}
					continue;
				}
				leftovers.add(token);
				continue;
			}
			if (token.kind() != Token.Kind.BLANK || blankCounts(token, current, loose)) {
				addCell(current, token, loose);
			}
			if (current != null && current.complete()) {
				lastLine = finish(current, found, lastLine);
				current = null;
			}
		}
		lastLine = finish(current, found, lastLine);

		Map<String, List<ImportedCell>> cells = new LinkedHashMap<>();
		if (found.isEmpty()) {
			lastLine = Math.max(lastLine, readBlock(table, loose, cells));
		} else {
			for (RowSpec row : table.rows()) {
				List<Token> rowCells = found.get(row);
				cells.put(row.id(), rowCells == null ? missing(row) : place(row, rowCells));
			}
			leftovers.addAll(loose);
		}
		int end = lastLine;
		List<String> inside = leftovers.stream().filter(t -> t.line() <= end).map(Token::text).toList();
		return new ImportedTable(table, cells, inside, lastLine);
	}

	/**
	 * Whether the rest of a label's line is empty cells that cannot be the row's cells: some, but not
	 * exactly as many as the row has columns (a row published all blank has exactly that many), or any
	 * number after a label that is also a column header (总计 | ||||||; 3.其他 with its numbering is a row).
	 */
	private static boolean onlyFiller(List<Token> tokens, int label, RowSpec row, boolean alsoHeader) {
		int blanks = 0;
		for (int j = label + 1; j < tokens.size() && tokens.get(j).line() == tokens.get(label).line(); j++) {
			if (tokens.get(j).kind() != Token.Kind.BLANK) {
				return false;
			}
			blanks++;
		}
		return blanks > 0 && (alsoHeader || blanks != row.columns().size());
	}

	/** Rows already read with some cell that is not blank: a row read all blank may still come again with numbers. */
	private static Set<RowSpec> readWithNumbers(Map<RowSpec, List<Token>> found) {
		Set<RowSpec> rows = new HashSet<>();
		found.forEach((row, cells) -> {
			if (cells.stream().anyMatch(t -> t.kind() != Token.Kind.BLANK)) {
				rows.add(row);
			}
		});
		return rows;
	}

	/**
	 * An empty cell is a cell only in a grid row: on the line of the row's label (label, 3, empty, 0), or
	 * after a number on the same line in a table without row labels. Elsewhere it is layout.
	 */
	private static boolean blankCounts(Token blank, Reading current, List<Token> loose) {
		if (current != null) {
			return current.labelLine == blank.line();
		}
		return !loose.isEmpty() && loose.get(loose.size() - 1).line() == blank.line();
	}

	/** A cell goes to the row being read, or among the cells of no row (a table without row labels). */
	private static void addCell(Reading current, Token token, List<Token> loose) {
		if (current != null) {
			current.cells.add(token);
		} else {
			loose.add(token);
		}
	}

	/** Ends a row: keeps it if it has cells; a label with no cell after it was a header cell. */
	private static int finish(Reading reading, Map<RowSpec, List<Token>> found, int lastLine) {
		if (reading == null || reading.cells.isEmpty()) {
			return lastLine;
		}
		found.put(reading.row, List.copyOf(reading.cells));
		return Math.max(lastLine, reading.cells.get(reading.cells.size() - 1).line());
	}

	/** A table without row labels: exactly rows × columns cells, in the form's order; else every cell ?. */
	private static int readBlock(TableSpec table, List<Token> loose, Map<String, List<ImportedCell>> cells) {
		int needed = table.rows().stream().mapToInt(r -> r.columns().size()).sum();
		if (loose.isEmpty()) {
			table.rows().forEach(r -> cells.put(r.id(), missing(r)));
			return -1;
		}
		boolean exact = loose.size() >= needed;
		int next = 0;
		for (RowSpec row : table.rows()) {
			List<ImportedCell> rowCells = new ArrayList<>();
			for (int c = 0; c < row.columns().size(); c++) {
				rowCells.add(exact ? cell(loose.get(next++))
						: ImportedCell.of(Status.UNREADABLE, "表中只读到 " + loose.size() + " 个数（应有 " + needed + " 个），无法确定各数所在的格"));
			}
			cells.put(row.id(), rowCells);
		}
		return loose.get(Math.min(loose.size(), needed) - 1).line();
	}

	/** A row's cells in column order; a row with too few cells cannot be placed and gets ? everywhere. */
	private static List<ImportedCell> place(RowSpec row, List<Token> tokens) {
		int columns = row.columns().size();
		if (tokens.size() < columns) {
			List<String> texts = tokens.stream().map(t -> t.text().isEmpty() ? "空" : t.text()).toList();
			String why = "本行只读到 " + tokens.size() + " 个格（应有 " + columns + " 个）：" + String.join(" ", texts);
			return Collections.nCopies(columns, ImportedCell.of(Status.UNREADABLE, why));
		}
		return tokens.stream().limit(columns).map(TableReader::cell).toList();
	}

	private static ImportedCell cell(Token token) {
		return switch (token.kind()) {
		case VALUE -> ImportedCell.read(token.value(), token.text());
		case BLANK -> ImportedCell.of(Status.BLANK, "");
		case NOT_APPLICABLE -> ImportedCell.of(Status.NOT_APPLICABLE, token.text());
		case TEXT -> ImportedCell.of(Status.UNREADABLE, token.text());
		};
	}

	private static List<ImportedCell> missing(RowSpec row) {
		return Collections.nCopies(row.columns().size(), ImportedCell.of(Status.MISSING, ""));
	}
}
