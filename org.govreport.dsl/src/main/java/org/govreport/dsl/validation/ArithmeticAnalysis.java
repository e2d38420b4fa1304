package org.govreport.dsl.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.govreport.dsl.form.CellRef;
import org.govreport.dsl.form.ColumnSpec;
import org.govreport.dsl.form.Form;
import org.govreport.dsl.form.RowSpec;
import org.govreport.dsl.form.SumRule;
import org.govreport.dsl.form.TableSpec;
import org.govreport.dsl.govReport.Cell;
import org.govreport.dsl.report.ResolvedReport;

/**
 * The sums of a report's tables, computed once per parse: every instance of every sum rule of the
 * form (R1 per row, R2 and R3 per column, R4 per row …), which of them do not hold, and which
 * single cells explain several broken sums at once. Each arithmetic check reads it and reports its
 * own rule, so one wrong cell is reported once, on that cell, instead of once per sum it breaks.
 */
public final class ArithmeticAnalysis {

	/** A cell with a number in an equation, on the left (+1) or the right (−1) side. */
	public record Term(CellRef ref, Cell cell, BigDecimal value, int side) {
	}

	/**
	 * One instance of a sum rule: Σ left = Σ right. {@code anchor} is the cell a broken equation is
	 * reported on (the total, or for a balance its last term).
	 */
	public record Equation(SumRule rule, String scope, List<Term> left, List<Term> right, Term anchor) {

		public BigDecimal leftSum() {
			return sum(left);
		}

		public BigDecimal rightSum() {
			return sum(right);
		}

		public boolean holds() {
			return leftSum().compareTo(rightSum()) == 0;
		}

		/** The value that would make the equation hold if only {@code term} changed. */
		public BigDecimal solveFor(Term term) {
			BigDecimal residual = leftSum().subtract(rightSum());
			return term.side() > 0 ? term.value().subtract(residual) : term.value().add(residual);
		}

		public boolean contains(Cell cell) {
			return left.stream().anyMatch(t -> t.cell() == cell) || right.stream().anyMatch(t -> t.cell() == cell);
		}

		private static BigDecimal sum(List<Term> terms) {
			return terms.stream().map(Term::value).reduce(BigDecimal.ZERO, BigDecimal::add);
		}
	}

	/** One cell that alone explains several broken sums: correcting it to {@code expected} fixes them all. */
	public record Blame(Term term, BigDecimal expected, List<Equation> breaks) {

		/** The code of the first rule it breaks, in the form's order: the check that reports it. */
		public String code() {
			return breaks.get(0).rule().code();
		}
	}

	/** Which cells each equation of a form relates: depends on the form only, so computed once per format. */
	private record Shape(SumRule rule, String scope, List<CellRef> left, List<CellRef> right, boolean anchorIsTotal) {
	}

	private static final Map<String, List<Shape>> SHAPES = new ConcurrentHashMap<>();

	private final List<Equation> equations = new ArrayList<>();
	private final List<Blame> blames = new ArrayList<>();
	private final List<Equation> unexplained = new ArrayList<>();

	private ArithmeticAnalysis(ResolvedReport report) {
		for (Shape shape : SHAPES.computeIfAbsent(report.form().format(), f -> shapes(report.form()))) {
			add(report, shape);
		}
		explain();
	}

	public static ArithmeticAnalysis of(ResolvedReport report) {
		return new ArithmeticAnalysis(report);
	}

	/** Every equation whose cells all hold numbers (equations with a missing or unknown cell are left to other checks). */
	public List<Equation> equations() {
		return equations;
	}

	/** Single cells that explain two or more broken sums, with the code of the check that reports each. */
	public List<Blame> blames(String code) {
		return blames.stream().filter(b -> b.code().equals(code)).toList();
	}

	/** Broken equations of a rule that no single cell explains: reported on their anchor (the total). */
	public List<Equation> unexplained(String code) {
		return unexplained.stream().filter(e -> e.rule().code().equals(code)).toList();
	}

	private static List<Shape> shapes(Form form) {
		List<Shape> shapes = new ArrayList<>();
		for (TableSpec table : form.tables()) {
			for (SumRule rule : table.rules()) {
				addShapes(table, rule, shapes);
			}
		}
		return shapes;
	}

	private static void addShapes(TableSpec table, SumRule rule, List<Shape> out) {
		switch (rule.kind()) {
		case ROW_TOTAL -> {
			for (RowSpec row : table.rows()) {
				ColumnSpec total = row.column(rule.total());
				if (total == null) {
					continue;
				}
				List<CellRef> terms = rule.terms().stream().map(row::column).filter(c -> c != null)
						.map(c -> new CellRef(row, c)).toList();
				out.add(new Shape(rule, CellRef.rowName(row), List.of(new CellRef(row, total)), terms, true));
			}
		}
		case COLUMN_TOTAL -> table.row(rule.total()).ifPresent(totalRow -> {
			for (ColumnSpec column : totalRow.columns()) {
				out.add(new Shape(rule, column.label(), List.of(new CellRef(totalRow, column)),
						cellsOf(table, rule.terms(), column), true));
			}
		});
		case BALANCE -> table.row(rule.left().get(0)).ifPresent(first -> {
			for (ColumnSpec column : first.columns()) {
				out.add(new Shape(rule, column.label(), cellsOf(table, rule.left(), column),
						cellsOf(table, rule.right(), column), false));
			}
		});
		}
	}

	private static List<CellRef> cellsOf(TableSpec table, List<String> rowIds, ColumnSpec column) {
		return rowIds.stream().map(table::row).flatMap(Optional::stream)
				.filter(r -> r.column(column.id()) != null).map(r -> new CellRef(r, r.column(column.id()))).toList();
	}

	/** Adds the equation when every cell is written with a number. */
	private void add(ResolvedReport report, Shape shape) {
		List<Term> l = terms(report, shape.left(), 1);
		List<Term> r = terms(report, shape.right(), -1);
		if (l == null || r == null || l.isEmpty() || r.isEmpty()) {
			return;
		}
		Term anchor = shape.anchorIsTotal() ? l.get(0) : r.get(r.size() - 1);
		equations.add(new Equation(shape.rule(), shape.scope(), l, r, anchor));
	}

	private static List<Term> terms(ResolvedReport report, List<CellRef> refs, int side) {
		List<Term> terms = new ArrayList<>();
		for (CellRef ref : refs) {
			Optional<Cell> cell = report.cell(ref.row(), ref.column());
			if (cell.isEmpty() || cell.get().getValue() == null) {
				return null;
			}
			terms.add(new Term(ref, cell.get(), cell.get().getValue(), side));
		}
		return terms;
	}

	/**
	 * Finds the cells that explain broken sums: a cell all of whose (two or more) equations are broken
	 * and would all hold again with the same corrected value. Two such cells that claim the same broken
	 * equation are ambiguous; then neither is blamed and the equations are reported on their totals.
	 */
	private void explain() {
		List<Equation> broken = equations.stream().filter(e -> !e.holds()).toList();
		Map<Cell, List<Equation>> byCell = new HashMap<>();
		for (Equation e : equations) {
			e.left().forEach(t -> byCell.computeIfAbsent(t.cell(), k -> new ArrayList<>()).add(e));
			e.right().forEach(t -> byCell.computeIfAbsent(t.cell(), k -> new ArrayList<>()).add(e));
		}
		Map<Cell, Blame> candidates = new LinkedHashMap<>();
		for (Equation e : broken) {
			for (Term t : terms(e)) {
				if (candidates.containsKey(t.cell())) {
					continue;
				}
				candidate(t, byCell.get(t.cell())).ifPresent(b -> candidates.put(t.cell(), b));
			}
		}
		Map<Equation, Long> claims = candidates.values().stream().flatMap(b -> b.breaks().stream())
				.collect(Collectors.groupingBy(e -> e, Collectors.counting()));
		for (Blame b : candidates.values()) {
			if (b.breaks().stream().allMatch(e -> claims.get(e) == 1)) {
				blames.add(b);
			}
		}
		for (Equation e : broken) {
			if (blames.stream().noneMatch(b -> b.breaks().contains(e))) {
				unexplained.add(e);
			}
		}
	}

	private static Optional<Blame> candidate(Term term, List<Equation> containing) {
		if (containing.size() < 2 || containing.stream().anyMatch(Equation::holds)) {
			return Optional.empty();
		}
		BigDecimal expected = null;
		for (Equation e : containing) {
			Term inThis = terms(e).stream().filter(t -> t.cell() == term.cell()).findFirst().orElseThrow();
			BigDecimal solved = e.solveFor(inThis);
			if (expected != null && expected.compareTo(solved) != 0) {
				return Optional.empty();
			}
			expected = solved;
		}
		if (expected.signum() < 0) {
			return Optional.empty();
		}
		return Optional.of(new Blame(term, expected, List.copyOf(containing)));
	}

	private static List<Term> terms(Equation e) {
		List<Term> all = new ArrayList<>(e.left());
		all.addAll(e.right());
		return all;
	}
}
