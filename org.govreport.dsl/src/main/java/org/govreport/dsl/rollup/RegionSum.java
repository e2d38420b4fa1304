package org.govreport.dsl.rollup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.govreport.dsl.form.CellRef;
import org.govreport.dsl.form.Form;
import org.govreport.dsl.form.RowSpec;

/**
 * The cell-by-cell sum of reports of one form. Exact decimal sums (the fee in 万元 included); a cell that
 * any report leaves unknown (?) has no sum, and the reports that left it so are kept to be named: a roll-up
 * shows ? there, never a number that is wrong.
 */
public final class RegionSum {

	private final Form form;
	private final List<CellRef> cells;
	private final BigDecimal[] sums;
	/** per cell: the reports whose cell is unknown, or null while every report has a number there */
	private final List<List<String>> unknown;

	public RegionSum(Form form) {
		this.form = form;
		this.cells = cells(form);
		this.sums = new BigDecimal[cells.size()];
		this.unknown = new ArrayList<>();
		for (int i = 0; i < sums.length; i++) {
			sums[i] = BigDecimal.ZERO;
			unknown.add(null);
		}
	}

	/** Every cell of a form, row by row in the form's order: the order of {@link ReportFigures#values()}. */
	public static List<CellRef> cells(Form form) {
		return form.allRows().stream().flatMap(row -> row.columns().stream().map(column -> new CellRef(row, column)))
				.toList();
	}

	/** Adds one report, which must be of this sum's form. */
	public void add(ReportFigures report) {
		if (!report.format().equals(form.format())) {
			throw new IllegalArgumentException("a report of format " + report.format() + " in a sum of " + form.format());
		}
		for (int i = 0; i < sums.length; i++) {
			BigDecimal value = report.values()[i];
			if (value != null) {
				sums[i] = sums[i].add(value);
			} else {
				if (unknown.get(i) == null) {
					unknown.set(i, new ArrayList<>());
				}
				unknown.get(i).add(report.name());
			}
		}
	}

	public Form form() {
		return form;
	}

	/** The form's cells, in the order the indexes below count them. */
	public List<CellRef> cells() {
		return cells;
	}

	/** The index of a row's first cell in {@link #cells()}, or -1 for a row of another form. */
	public int indexOf(RowSpec row) {
		for (int i = 0; i < cells.size(); i++) {
			if (cells.get(i).row() == row) {
				return i;
			}
		}
		return -1;
	}

	/** The sum of the cell at an index of {@link #cells()}; empty when a report left it unknown. */
	public Optional<BigDecimal> value(int index) {
		return unknown.get(index) == null ? Optional.of(sums[index]) : Optional.empty();
	}

	/** The reports that left the cell at an index unknown, in the order they were added. */
	public List<String> unknownIn(int index) {
		List<String> names = unknown.get(index);
		return names == null ? List.of() : List.copyOf(names);
	}
}
