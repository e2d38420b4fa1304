package org.govreport.dsl.imports;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.govreport.dsl.form.CellRef;
import org.govreport.dsl.form.RowSpec;
import org.govreport.dsl.form.TableSpec;
import org.govreport.dsl.report.ArithmeticAnalysis;

/**
 * Pairs rows with numbers printed apart from their labels, as {@code pdftotext} without {@code -layout}
 * prints a table: the labels of some rows, one per line, then the numbers of those rows one column at a
 * time, each column a block of one number per line, blocks separated by blank lines.
 *
 * <p>A group of k waiting rows with C columns each is paired only with exactly C blocks of exactly k
 * numbers: the i-th number of the j-th block is row i, column j. Anything else (a block of another
 * size, two numbers on one line, a damaged cell that splits a block) stops the pairing there, and the
 * rows not paired stay unread. A row whose label went unrecognised would shift every row after it by
 * one, which the block sizes cannot show; so the pairing is kept only when it covers the whole table
 * and every sum rule of the table holds on it. A number is never placed by guess: a published table
 * with a wrong sum in this layout is not imported (pdftotext -layout keeps the rows together).
 */
final class ColumnBlocks {

	private final TableLabels labels;
	private final Map<RowSpec, List<Token>> paired = new LinkedHashMap<>();
	private final Set<RowSpec> seen = new HashSet<>();
	private final Deque<RowSpec> waiting = new ArrayDeque<>();
	private final List<List<Token>> blocks = new ArrayList<>();
	private List<Token> block = new ArrayList<>();
	private boolean broken;

	private ColumnBlocks(TableLabels labels) {
		this.labels = labels;
	}

	/** Every row of the table with its cells in column order, or nothing when the pairing is not proven. */
	static Map<RowSpec, List<Token>> pair(List<Token> tokens, TableLabels labels) {
		ColumnBlocks reader = new ColumnBlocks(labels);
		for (Token token : tokens) {
			if (reader.broken) {
				break;
			}
			reader.read(token);
		}
		reader.endBlock();
		TableSpec table = labels.table();
		boolean proven = !reader.broken && reader.paired.size() == table.rows().size()
				&& ArithmeticAnalysis.holds(table, ref -> value(reader.paired, ref));
		return proven ? reader.paired : Map.of();
	}

	/** The number a paired cell holds, or null for a cell that is not a plain number. */
	private static BigDecimal value(Map<RowSpec, List<Token>> cells, CellRef ref) {
		Token token = cells.get(ref.row()).get(ref.row().columns().indexOf(ref.column()));
		return token.kind() == Token.Kind.VALUE ? token.value() : null;
	}

	private void read(Token token) {
		switch (token.kind()) {
		case VALUE, AMOUNT, NOT_APPLICABLE -> number(token);
		case TEXT -> {
			endBlock();
			if (!blocks.isEmpty()) {
				broken = true; // text amid a group's blocks: a damaged cell, or not this layout
				return;
			}
			if (labels.isHeader(token.text()) && !LabelKeys.startsWithNumbering(token.text())) {
				return; // a column label (总计) that is also a row's
			}
			labels.row(token.text(), seen).ifPresent(row -> {
				seen.add(row);
				waiting.add(row);
			});
		}
		case BLANK -> {
			// only printed between separators, which this layout has none of
		}
		}
	}

	private void number(Token token) {
		Token last = block.isEmpty() ? null : block.get(block.size() - 1);
		if (last != null && token.line() == last.line()) {
			broken = true; // two numbers on a line: not this layout
			return;
		}
		if (last != null && token.line() > last.line() + 1) {
			endBlock();
		}
		block.add(token);
	}

	/** Closes the block being read; a group of blocks that is complete is paired with its rows. */
	private void endBlock() {
		if (block.isEmpty()) {
			return;
		}
		blocks.add(block);
		block = new ArrayList<>();
		if (waiting.isEmpty()) {
			broken = true; // numbers with no row waiting for them
			return;
		}
		int columns = waiting.peek().columns().size();
		if (blocks.size() < columns) {
			return;
		}
		int rows = blocks.get(0).size();
		List<RowSpec> group = waiting.stream().limit(rows).toList();
		if (group.size() < rows || blocks.stream().anyMatch(b -> b.size() != rows)
				|| group.stream().anyMatch(row -> row.columns().size() != columns)) {
			broken = true;
			return;
		}
		for (int i = 0; i < rows; i++) {
			List<Token> cells = new ArrayList<>();
			for (List<Token> column : blocks) {
				cells.add(column.get(i));
			}
			paired.put(waiting.poll(), cells);
		}
		blocks.clear();
	}
}
