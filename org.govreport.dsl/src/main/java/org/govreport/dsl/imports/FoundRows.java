package org.govreport.dsl.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.govreport.dsl.form.CellRef;
import org.govreport.dsl.form.RowSpec;
import org.govreport.dsl.form.TableSpec;
import org.govreport.dsl.imports.ImportedCell.Status;

/**
 * The cells of the rows a {@link TableReader} found, each row written only as far as it is proven: a
 * complete row as read; a row with more cells on its line than columns as ?; the rows of a group
 * published as one combined row as ? with that row in the note; a line of cells whose label is lost,
 * a row whose cells ran together and rows left short only where the table's sums prove the reading,
 * tested against the rows read in full.
 */
final class FoundRows {

	/** A line of cells without a label, after the row read last before it (null: before any). */
	record UnlabelledLine(RowSpec after, List<Token> cells) {
	}

	private final TableSpec table;
	private final Map<RowSpec, List<Token>> found;
	private final Set<RowSpec> overflowing;
	private final Map<RowSpec, String> combined;
	private final List<UnlabelledLine> unlabelled;
	private final List<Token> placedWithoutLabel = new ArrayList<>();

	FoundRows(TableSpec table, Map<RowSpec, List<Token>> found, Set<RowSpec> overflowing, Map<RowSpec, String> combined,
			List<UnlabelledLine> unlabelled) {
		this.table = table;
		this.found = new LinkedHashMap<>(found);
		this.overflowing = overflowing;
		this.combined = combined;
		this.unlabelled = unlabelled;
	}

	/** The cells of the lines without labels that were placed by {@link #cells()}. */
	List<Token> placedWithoutLabel() {
		return placedWithoutLabel;
	}

	/** Row id → its cells in column order, for every row of the table. */
	Map<String, List<ImportedCell>> cells() {
		Map<String, List<ImportedCell>> cells = new LinkedHashMap<>();
		SumProof proof = SumProof.of(table);
		BigDecimal[] known = proof.cells();
		List<RowSpec> shortRows = new ArrayList<>();
		List<RowSpec> runTogether = new ArrayList<>();
		for (RowSpec row : table.rows()) {
			List<Token> rowCells = found.get(row);
			int columns = row.columns().size();
			if (rowCells == null) {
				cells.put(row.id(), combined.containsKey(row)
						? Collections.nCopies(columns, ImportedCell.of(Status.MISSING, "原表只有合并的一行：" + combined.get(row)))
						: TableReader.missing(row));
			} else if (overflowing.contains(row)) {
				cells.put(row.id(), Collections.nCopies(columns, ImportedCell.of(Status.UNREADABLE,
						"本行读到的数多于 " + columns + " 个：" + TableReader.texts(rowCells) + " …，无法确定各数所在的格")));
			} else if (rowCells.size() == 1 && RunTogether.is(rowCells.get(0), columns)) {
				runTogether.add(row);
			} else if (rowCells.size() < columns) {
				shortRows.add(row);
			} else {
				List<ImportedCell> read = TableReader.place(row, rowCells);
				cells.put(row.id(), read);
				for (int c = 0; c < columns; c++) {
					if (read.get(c).value() != null) {
						known[proof.index(new CellRef(row, row.columns().get(c)))] = read.get(c).value();
					}
				}
			}
		}
		if (!unlabelled.isEmpty()) {
			placeUnlabelled(cells, known, proof);
		}
		for (RowSpec row : runTogether) {
			Token digits = found.get(row).get(0);
			List<CellRef> refs = row.columns().stream().map(c -> new CellRef(row, c)).toList();
			cells.put(row.id(), RunTogether.decode(digits.text(), refs.stream().mapToInt(proof::index).toArray(), known, proof)
					.map(values -> values.stream().map(v -> ImportedCell.read(v, digits.text())).toList())
					.orElse(Collections.nCopies(refs.size(), ImportedCell.of(Status.UNREADABLE,
							"本行的数连在一起：" + digits.text() + "，表中合计不能唯一确定如何拆分"))));
		}
		if (shortRows.isEmpty()) {
			return cells;
		}
		List<ProvenPlacement.Piece> pieces = new ArrayList<>();
		for (RowSpec row : shortRows) {
			List<Token> tokens = found.get(row);
			List<CellRef> slots = row.columns().stream().map(c -> new CellRef(row, c)).toList();
			pieces.add(new ProvenPlacement.Piece(slots.stream().mapToInt(proof::index).toArray(), TableReader.readCells(tokens, slots),
					"本行只读到 " + tokens.size() + " 个格（应有 " + slots.size() + " 个）：" + TableReader.texts(tokens) + "，此格无法确定"));
		}
		List<List<ImportedCell>> placed = ProvenPlacement.place(pieces, known, proof);
		for (int i = 0; i < shortRows.size(); i++) {
			cells.put(shortRows.get(i).id(), placed.get(i));
		}
		return cells;
	}

	/**
	 * A line of cells whose label is lost, between two rows that were read with exactly one row of the
	 * form unread between them: that row, when it has as many columns as the line has cells and the sums
	 * test each of its cells against numbers read in place, and hold.
	 */
	private void placeUnlabelled(Map<String, List<ImportedCell>> cells, BigDecimal[] known, SumProof proof) {
		for (UnlabelledLine line : unlabelled) {
			List<RowSpec> rows = table.rows();
			int from = line.after() == null ? 0 : rows.indexOf(line.after()) + 1;
			List<RowSpec> between = new ArrayList<>();
			for (int r = from; r < rows.size() && !found.containsKey(rows.get(r)); r++) {
				between.add(rows.get(r));
			}
			if (between.size() != 1 || between.get(0).columns().size() != line.cells().size() || combined.containsKey(between.get(0))) {
				continue;
			}
			RowSpec row = between.get(0);
			List<ImportedCell> read = TableReader.place(row, line.cells());
			int[] refs = row.columns().stream().mapToInt(c -> proof.index(new CellRef(row, c))).toArray();
			if (read.stream().anyMatch(c -> c.value() == null)) {
				continue; // a cell that is not a number cannot be tested
			}
			BigDecimal[] values = known.clone();
			for (int c = 0; c < refs.length; c++) {
				values[refs[c]] = read.get(c).value();
			}
			if (proof.consistent(values) && Arrays.stream(refs).allMatch(ref -> proof.tests(ref, values))) {
				cells.put(row.id(), read);
				System.arraycopy(values, 0, known, 0, known.length);
				found.put(row, line.cells());
				placedWithoutLabel.addAll(line.cells());
			}
		}
	}

}
