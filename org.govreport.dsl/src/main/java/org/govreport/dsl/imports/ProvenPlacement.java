package org.govreport.dsl.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.govreport.dsl.imports.ImportedCell.Status;

/**
 * Places rows read with fewer cells than columns (a converter dropped a cell) where only the sum rules
 * can say which columns the cells belong to. Every way of keeping each row's cells in their published
 * order is tried, for all such rows of a table together (one short row's place may depend on
 * another's); a cell is written only where every way the sums allow puts the same cell in that column.
 * Everything else is ? with the published row in the note: a number is never shifted into a
 * neighbour's column.
 */
final class ProvenPlacement {

	/** More ways than this to place the cells prove nothing in time; the rows stay unknown. */
	private static final long MAX_WAYS = 20_000;

	/**
	 * One short row (or a block of cells without labels).
	 *
	 * @param slots the cells of the row in column order, as indexes of the proof's cells
	 * @param read  the cells read, in their published order (fewer than the slots)
	 * @param why   the note for a cell whose place is not proven
	 */
	record Piece(int[] slots, List<ImportedCell> read, String why) {
	}

	private final List<Piece> pieces;
	private final SumProof proof;
	/** Per piece and slot: the cell every consistent way puts there so far, or {@link #DISAGREE}. */
	private final ImportedCell[][] agreed;
	private boolean anyWay;

	private static final ImportedCell DISAGREE = ImportedCell.of(Status.UNREADABLE, "");

	private ProvenPlacement(List<Piece> pieces, SumProof proof) {
		this.pieces = pieces;
		this.proof = proof;
		this.agreed = new ImportedCell[pieces.size()][];
	}

	/** The cells of each piece in column order; {@code known} are the table's numbers read in place. */
	static List<List<ImportedCell>> place(List<Piece> pieces, BigDecimal[] known, SumProof proof) {
		ProvenPlacement placement = new ProvenPlacement(pieces, proof);
		long ways = 1;
		for (Piece piece : pieces) {
			long these = combinations(piece.slots().length, piece.read().size());
			ways = these > MAX_WAYS / ways ? MAX_WAYS + 1 : ways * these;
		}
		if (!pieces.isEmpty() && proof.hasSums() && ways <= MAX_WAYS) {
			placement.tryPieces(0, known, new int[pieces.size()][]);
		}
		List<List<ImportedCell>> placed = new ArrayList<>();
		for (int p = 0; p < pieces.size(); p++) {
			Piece piece = pieces.get(p);
			List<ImportedCell> cells = new ArrayList<>();
			for (int s = 0; s < piece.slots().length; s++) {
				ImportedCell cell = placement.anyWay ? placement.agreed[p][s] : null;
				cells.add(cell == null || cell == DISAGREE ? ImportedCell.of(Status.UNREADABLE, piece.why()) : cell);
			}
			placed.add(cells);
		}
		return placed;
	}

	private void tryPieces(int p, BigDecimal[] values, int[][] chosen) {
		if (!proof.consistent(values)) {
			return; // a sum already fails: no later piece can mend it
		}
		if (p == pieces.size()) {
			record(chosen);
			return;
		}
		Piece piece = pieces.get(p);
		chosen[p] = new int[piece.read().size()];
		tryPositions(p, 0, 0, values, chosen);
	}

	/** Every rising choice of columns for the piece's cells, then the next piece. */
	private void tryPositions(int p, int next, int from, BigDecimal[] values, int[][] chosen) {
		Piece piece = pieces.get(p);
		if (next == piece.read().size()) {
			BigDecimal[] with = values.clone();
			for (int i = 0; i < chosen[p].length; i++) {
				BigDecimal value = piece.read().get(i).value();
				if (value != null) {
					with[piece.slots()[chosen[p][i]]] = value;
				}
			}
			tryPieces(p + 1, with, chosen);
			return;
		}
		for (int s = from; s <= piece.slots().length - (piece.read().size() - next); s++) {
			chosen[p][next] = s;
			tryPositions(p, next + 1, s + 1, values, chosen);
		}
	}

	private void record(int[][] chosen) {
		for (int p = 0; p < pieces.size(); p++) {
			Piece piece = pieces.get(p);
			ImportedCell[] way = new ImportedCell[piece.slots().length];
			for (int i = 0; i < chosen[p].length; i++) {
				way[chosen[p][i]] = piece.read().get(i);
			}
			if (!anyWay) {
				agreed[p] = way;
			} else {
				for (int s = 0; s < way.length; s++) {
					if (!same(agreed[p][s], way[s])) {
						agreed[p][s] = DISAGREE;
					}
				}
			}
		}
		anyWay = true;
	}

	/** Two ways agree on a column when both put a cell there with the same number and status. */
	private static boolean same(ImportedCell a, ImportedCell b) {
		return a != null && b != null && a != DISAGREE && a.status() == b.status() && Objects.equals(a.value(), b.value());
	}

	/** n choose k, or MAX_WAYS + 1 once it is more: a long row of cells would overflow a long. */
	private static long combinations(int n, int k) {
		long c = 1;
		for (int i = 1; i <= k && c <= MAX_WAYS; i++) {
			c = c * (n - k + i) / i; // C(n-k+i, i): exact, and rising with i
		}
		return Math.min(c, MAX_WAYS + 1);
	}
}
