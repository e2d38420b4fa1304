package org.govreport.dsl.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.govreport.dsl.form.CellRef;
import org.govreport.dsl.form.ColumnSpec;
import org.govreport.dsl.form.RowSpec;
import org.govreport.dsl.form.TableSpec;
import org.govreport.dsl.form.ValueKind;
import org.govreport.dsl.imports.ImportedCell.Status;

/**
 * Reads one table of the form out of the cells of a section, whatever the layout: a row is found by
 * its label (the form's, in any spelling {@link LabelKeys} accepts) and takes the cells that follow
 * it. A table published without row labels (table 4 prints its fifteen numbers in one row under a
 * header) is read as one block in the form's row and column order — only when the count is right.
 *
 * <p>
 * Nothing is guessed: a row's cells are the ones on its line (or one per line below it); a row left
 * short, a line without its label or digits run together are written only as far as the table's sums
 * prove them ({@link FoundRows}), and text that is not a number gets ? with the text in a note.
 * Labels printed in one run with the numbers in another (pdftotext without -layout) are paired only
 * where the numbers come as exact column blocks ({@link ColumnBlocks}). One reader reads one table once.
 */
final class TableReader {

	/** Unknown text this short inside a row is a damaged cell (x, O, 5件); longer text is prose. */
	private static final int MAX_DAMAGED_CELL = 8;

	private final TableLabels labels;
	private final Map<RowSpec, List<Token>> found = new LinkedHashMap<>();
	/** Cells that follow no row label: table 4's block, or numbers that cannot be placed. */
	private final List<Token> loose = new ArrayList<>();
	private final List<Token> leftovers = new ArrayList<>();
	private int lastLine = -1;
	private RowSpec current;
	private int currentLabelLine;
	private List<Token> currentCells;
	/** A row label stood without cells (a header cell), and no column label followed it yet. */
	private boolean rowLabelAwaitingColumns;
	/** Whether the loose cells are a block under a header (not numbers cut off from their labels). */
	private boolean blockUnderHeader = true;
	/** Row labels in a row with no cell after any of them and no column label between them. */
	private int labelsWithoutCells;
	/** Labels printed in one run and numbers in another: no number can be paired with its row. */
	private boolean separated;
	/** Text that named no row, on the line before: perhaps the start of a label broken over two lines. */
	private Token labelStart;
	/** The row read last, and the line its last cell stands on. */
	private RowSpec lastRow;
	private int lastRowLine = -1;
	/** Rows whose line held more cells than the row has columns: which are the row's is not known. */
	private final Set<RowSpec> overflowing = new HashSet<>();
	private final List<FoundRows.UnlabelledLine> unlabelled = new ArrayList<>();
	/** Rows published only as their group's one combined row, with that row as published. */
	private final Map<RowSpec, String> combined = new HashMap<>();

	/** This many row labels in a row without cells mean a layout whose numbers are elsewhere. */
	private static final int SEPARATED_RUN = 3;

	TableReader(TableLabels labels) {
		this.labels = labels;
	}

	ImportedTable read(List<Token> tokens) {
		for (int i = 0; i < tokens.size(); i++) {
			Token token = tokens.get(i);
			if (token.kind() == Token.Kind.TEXT) {
				int combined = combinedRow(tokens, i);
				if (combined > 0) {
					i += combined;
					continue;
				}
				text(tokens, i);
			} else if (token.kind() != Token.Kind.BLANK || blankCounts(token)) {
				addCell(token);
			}
		}
		finishRow();
		TableSpec table = labels.table();
		Map<String, List<ImportedCell>> cells = new LinkedHashMap<>();
		boolean apart = separated || !blockUnderHeader && !loose.isEmpty() && found.isEmpty();
		// Numbers left over, or labels in one run and numbers in another: perhaps column blocks
		// (pdftotext without -layout), read as such only when that reading is proven.
		Map<RowSpec, List<Token>> paired = separated || !loose.isEmpty() ? ColumnBlocks.pair(tokens, labels) : Map.of();
		if (!paired.isEmpty()) {
			table.rows().forEach(row -> cells.put(row.id(), place(row, paired.get(row))));
			paired.values().forEach(rowCells -> lastLine = Math.max(lastLine, rowCells.get(rowCells.size() - 1).line()));
		} else if (apart) {
			table.rows().forEach(row -> cells.put(row.id(), Collections.nCopies(row.columns().size(),
					ImportedCell.of(Status.UNREADABLE, "行名与数字分开排列"))));
			leftovers.addAll(loose);
			lastLine = Math.max(lastLine, loose.isEmpty() ? lastLine : loose.get(loose.size() - 1).line());
		} else if (found.isEmpty() && blockUnderHeader) {
			readBlock(table, cells);
		} else {
			FoundRows rows = new FoundRows(table, found, overflowing, combined, unlabelled);
			cells.putAll(rows.cells());
			loose.removeAll(rows.placedWithoutLabel());
			leftovers.addAll(loose);
		}
		String problem = apart && paired.isEmpty()
				? "表格的数字与行名分开排列（如 pdftotext 未加 -layout 的输出），无法一一对应，未导入：请用 pdftotext -layout 重新转换"
				: null;
		int end = lastLine;
		List<String> inside = leftovers.stream().filter(t -> t.line() <= end).map(Token::text).toList();
		return new ImportedTable(table, cells, inside, lastLine, problem);
	}

	private void text(List<Token> tokens, int i) {
		Token token = tokens.get(i);
		Optional<RowSpec> row = labels.row(token.text(), readWithNumbers());
		Token before = labelStart;
		labelStart = null;
		if (row.isEmpty() && before != null && current == null && before.line() == token.line() - 1) {
			row = labels.row(before.text() + token.text(), readWithNumbers()); // 1.属于国 / 家秘密  0 0 …
			row.ifPresent(r -> leftovers.remove(before));
		}
		if (row.isPresent() && onlyFiller(tokens, i, row.get())) {
			finishRow(); // a header cell padded with empty cells (总计 | ||)
			rowLabelAwaitingColumns = true;
			return;
		}
		if (row.isPresent()) {
			finishRow();
			current = row.get();
			currentLabelLine = token.line();
			currentCells = new ArrayList<>();
			return;
		}
		if (current != null && labels.isFragmentOf(current, token.text())) {
			return; // the rest of a label wrapped over lines
		}
		if (current != null && !currentCells.isEmpty() && onRowLine(token)) {
			addCell(token); // text amid the row's numbers holds a column (12（其中修订3件）): the rest keep their places
			return;
		}
		if (labels.isColumn(token.text())) {
			rowLabelAwaitingColumns = false;
			labelsWithoutCells = 0;
		}
		if (labels.isLabel(token.text()) || labels.isFragment(token.text())) {
			finishRow(); // a header or group cell ends the row
			labelStart = token;
			return;
		}
		if (token.text().length() <= MAX_DAMAGED_CELL && (current != null || !loose.isEmpty())) {
			addCell(token); // a damaged cell: x, O, 5件
			return;
		}
		leftovers.add(token);
		labelStart = token;
	}

	private void addCell(Token token) {
		if (current != null && !currentCells.isEmpty() && !onRowLine(token)) {
			finishRow(); // the row's line ended short: the next line's cells are not its missing ones
		}
		if (current == null && lastRow != null && token.line() == lastRowLine) {
			overflowing.add(lastRow); // more cells on the row's line than it has columns
		}
		if (current != null) {
			currentCells.add(token);
			if (currentCells.size() >= current.columns().size()) {
				finishRow();
			}
			return;
		}
		if (loose.isEmpty() && rowLabelAwaitingColumns) {
			blockUnderHeader = false;
		}
		loose.add(token);
		if (unlabelled.isEmpty() || unlabelled.get(unlabelled.size() - 1).cells().get(0).line() != token.line()) {
			unlabelled.add(new FoundRows.UnlabelledLine(lastRow, new ArrayList<>()));
		}
		unlabelled.get(unlabelled.size() - 1).cells().add(token);
	}

	/**
	 * A group label with a row of numbers on its line: the rows of the group published as one (the 2019
	 * form's single （六）其他处理 row in a 2021 table). Its numbers cannot be split among the rows, so
	 * they are kept in a note and the rows stay unknown; the rest of the table is read as usual.
	 * Returns how many cells it took.
	 */
	private int combinedRow(List<Token> tokens, int label) {
		List<RowSpec> rows = labels.groupRows(tokens.get(label).text());
		if (rows.size() < 2 || rows.stream().anyMatch(found::containsKey)) {
			return 0;
		}
		int columns = rows.get(0).columns().size();
		List<Token> cells = new ArrayList<>();
		for (int j = label + 1; j < tokens.size() && tokens.get(j).line() == tokens.get(label).line(); j++) {
			if (!tokens.get(j).isCellLike()) {
				return 0;
			}
			cells.add(tokens.get(j));
		}
		if (cells.size() != columns || cells.stream().allMatch(t -> t.kind() == Token.Kind.BLANK)) {
			return 0;
		}
		finishRow();
		String published = tokens.get(label).text() + " " + texts(cells);
		rows.forEach(row -> combined.put(row, published));
		leftovers.add(new Token("原表只有合并的一行（旧版格式）：" + published + "，无法分到本格式的 " + rows.size() + " 行，这几行已写为 ?",
				Token.Kind.TEXT, tokens.get(label).line()));
		lastLine = Math.max(lastLine, cells.get(cells.size() - 1).line());
		return cells.size();
	}

	/** Ends the row being read: keeps it if it has cells; a label with no cell after it was a header cell. */
	private void finishRow() {
		if (current == null) {
			return;
		}
		if (currentCells.isEmpty()) {
			rowLabelAwaitingColumns = true;
			separated |= ++labelsWithoutCells >= SEPARATED_RUN;
		} else {
			labelsWithoutCells = 0;
			found.put(current, List.copyOf(currentCells));
			lastRow = current;
			lastRowLine = currentCells.get(currentCells.size() - 1).line();
			lastLine = Math.max(lastLine, lastRowLine);
		}
		current = null;
	}

	/**
	 * Whether a token continues the row being read: the row's cells so far stand on one line, the
	 * label's or a later one (a label wrapped above its numbers, one cell per line), and the token is
	 * on that line too; once a row has cells on a line, a new line does not carry on a row left short.
	 */
	private boolean onRowLine(Token token) {
		Token last = currentCells.get(currentCells.size() - 1);
		boolean oneCellPerLine = currentCells.size() == 1 || currentCells.get(0).line() != last.line();
		return token.line() == last.line() || oneCellPerLine && last.line() != currentLabelLine;
	}

	/**
	 * Whether the rest of a label's line is empty cells that cannot be the row's cells: some, but not
	 * exactly as many as the row has columns (a row published all blank has exactly that many), or any
	 * number after a label that is also a column header (总计 | ||||||; 3.其他 with its numbering is a row).
	 */
	private boolean onlyFiller(List<Token> tokens, int label, RowSpec row) {
		String text = tokens.get(label).text();
		boolean alsoHeader = labels.isHeader(text) && !LabelKeys.startsWithNumbering(text);
		int blanks = 0;
		for (int j = label + 1; j < tokens.size() && tokens.get(j).line() == tokens.get(label).line(); j++) {
			if (tokens.get(j).kind() != Token.Kind.BLANK) {
				return false;
			}
			blanks++;
		}
		return blanks > 0 && (alsoHeader || blanks != row.columns().size());
	}

	/**
	 * An empty cell is a cell only in a grid row: on the line of the row's label (label, 3, empty, 0), or
	 * after a number on the same line in a table without row labels. Elsewhere it is layout.
	 */
	private boolean blankCounts(Token blank) {
		if (current != null) {
			return currentLabelLine == blank.line();
		}
		return !loose.isEmpty() && loose.get(loose.size() - 1).line() == blank.line();
	}

	/** Rows already read with some cell that is not blank: a row read all blank may still come again with numbers. */
	private Set<RowSpec> readWithNumbers() {
		Set<RowSpec> rows = new HashSet<>();
		found.forEach((row, cells) -> {
			if (cells.stream().anyMatch(t -> t.kind() != Token.Kind.BLANK)) {
				rows.add(row);
			}
		});
		return rows;
	}

	/** A table without row labels: rows × columns cells in the form's order; too few, and every cell is ?. */
	private void readBlock(TableSpec table, Map<String, List<ImportedCell>> cells) {
		int needed = table.rows().stream().mapToInt(r -> r.columns().size()).sum();
		if (loose.isEmpty()) {
			table.rows().forEach(r -> cells.put(r.id(), missing(r)));
			return;
		}
		List<CellRef> slots = new ArrayList<>();
		table.rows().forEach(row -> row.columns().forEach(c -> slots.add(new CellRef(row, c))));
		List<ImportedCell> placed;
		boolean onlyBlanksOver = loose.subList(Math.min(needed, loose.size()), loose.size()).stream().allMatch(t -> t.kind() == Token.Kind.BLANK);
		if (loose.size() >= needed && onlyBlanksOver || loose.size() > needed && firstCellsAddUp(table, slots, needed)) {
			placed = readCells(loose.subList(0, needed), slots);
		} else if (loose.size() > needed) {
			placed = Collections.nCopies(needed, ImportedCell.of(Status.UNREADABLE,
					"表中读到 " + loose.size() + " 个数（应有 " + needed + " 个）：" + texts(loose) + "，无法确定哪些是本表的"));
		} else {
			SumProof proof = SumProof.of(table);
			placed = ProvenPlacement.place(List.of(new ProvenPlacement.Piece(slots.stream().mapToInt(proof::index).toArray(),
					readCells(loose, slots), "表中只读到 " + loose.size() + " 个数（应有 " + needed + " 个）：" + texts(loose) + "，此格无法确定")),
					proof.cells(), proof).get(0);
		}
		int next = 0;
		for (RowSpec row : table.rows()) {
			cells.put(row.id(), List.copyOf(placed.subList(next, next + row.columns().size())));
			next += row.columns().size();
		}
		lastLine = Math.max(lastLine, loose.get(Math.min(loose.size(), needed) - 1).line());
	}

	/**
	 * Whether the first cells of a block with numbers to spare are the table: they end a line before the
	 * rest begins, and the table's sums hold on them (a table without sums proves nothing).
	 */
	private boolean firstCellsAddUp(TableSpec table, List<CellRef> slots, int needed) {
		SumProof proof = SumProof.of(table);
		if (!proof.hasSums() || loose.get(needed).line() == loose.get(needed - 1).line()) {
			return false;
		}
		BigDecimal[] values = proof.cells();
		List<ImportedCell> read = readCells(loose.subList(0, needed), slots);
		for (int i = 0; i < needed; i++) {
			values[proof.index(slots.get(i))] = read.get(i).value();
		}
		return proof.consistent(values);
	}

	/** Cells read in order, each taken as if it stood in the column of the same index (units aside, a cell's reading does not depend on its column). */
	static List<ImportedCell> readCells(List<Token> tokens, List<CellRef> slots) {
		List<ImportedCell> read = new ArrayList<>();
		for (int i = 0; i < tokens.size(); i++) {
			read.add(cell(tokens.get(i), slots.get(i).column()));
		}
		return read;
	}

	static String texts(List<Token> tokens) {
		return String.join(" ", tokens.stream().map(t -> t.text().isEmpty() ? "空" : t.text()).toList());
	}

	/** A complete row's cells in column order. */
	static List<ImportedCell> place(RowSpec row, List<Token> tokens) {
		List<ImportedCell> cells = new ArrayList<>();
		for (int c = 0; c < row.columns().size(); c++) {
			cells.add(cell(tokens.get(c), row.columns().get(c)));
		}
		return cells;
	}

	private static ImportedCell cell(Token token, ColumnSpec column) {
		return switch (token.kind()) {
		case VALUE -> ImportedCell.read(token.value(), token.text());
		case AMOUNT -> amount(token, column);
		case BLANK -> ImportedCell.of(Status.BLANK, "");
		case NOT_APPLICABLE -> ImportedCell.of(Status.NOT_APPLICABLE, token.text());
		case TEXT -> ImportedCell.of(Status.UNREADABLE, token.text());
		};
	}

	/**
	 * A sum of money printed with its unit: taken as published where the form names no unit or the same
	 * one; another unit would need a conversion the publisher did not make, so the cell is ?.
	 */
	private static ImportedCell amount(Token token, ColumnSpec column) {
		if (column.kind() != ValueKind.DECIMAL || column.unit() != null && !column.unit().equals(token.unit())) {
			return ImportedCell.of(Status.UNREADABLE, token.text());
		}
		return column.unit() == null ? ImportedCell.withUnit(token.value(), token.text())
				: ImportedCell.read(token.value(), token.text());
	}

	static List<ImportedCell> missing(RowSpec row) {
		return Collections.nCopies(row.columns().size(), ImportedCell.of(Status.MISSING, ""));
	}
}
