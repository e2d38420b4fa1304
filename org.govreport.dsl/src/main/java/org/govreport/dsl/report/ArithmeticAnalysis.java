package org.govreport.dsl.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.govreport.dsl.form.CellRef;
import org.govreport.dsl.form.EquationCells;
import org.govreport.dsl.form.SumRule;
import org.govreport.dsl.form.TableSpec;
import org.govreport.dsl.govReport.Cell;
import org.govreport.dsl.govReport.Row;

/**
 * The sum rules of the form (R1–R4) laid over one report, computed once per parse (see
 * {@link ReportViews#arithmetic}): every instance of every rule (R1 per row, R2 and R3 per column,
 * R4 per row …) with its cells and their values, which of them do not hold, and which single cells
 * explain several broken sums at once. The arithmetic checks report from it (one wrong cell once,
 * on that cell); the language server explains totals from it (hover, code lens, related locations),
 * so editor and validator always agree.
 */
public final class ArithmeticAnalysis {

	/**
	 * A cell of an equation, on the left (+1) or the right (−1) side. {@code cell} is null when the
	 * row is not written or too short; {@code value} is null then, for a cell written as {@code ?} and for
	 * a blank (空): a published table's blank is not a 0, so a sum with a blank cell is not checked.
	 */
	public record Term(CellRef ref, Cell cell, BigDecimal value, int side) {

		public boolean known() {
			return value != null;
		}

		/** Written 空: the source left it blank. */
		public boolean blank() {
			return cell != null && cell.isBlank();
		}

		/** A known value as the table shows it: the number, or 空白. */
		public String written() {
			return blank() ? "空白" : value.toPlainString();
		}
	}

	/**
	 * One instance of a sum rule: Σ left = Σ right. For a total (R1, R2, R4) the left side is the
	 * total cell and the right side its terms; a balance (R3) has rows on both sides. {@code anchor}
	 * is the cell a broken equation is reported on (the total, or for a balance its last term).
	 */
	public record Equation(SumRule rule, String scope, List<Term> left, List<Term> right, Term anchor) {

		/** Σ left; empty when a cell of that side is missing or unknown. */
		public Optional<BigDecimal> leftSum() {
			return sumOf(left, Term::value);
		}

		/** Σ right (for a total: the computed sum of its terms); empty when a cell is missing or unknown. */
		public Optional<BigDecimal> rightSum() {
			return sumOf(right, Term::value);
		}

		/** Every cell holds a number, so the equation can be checked. */
		public boolean complete() {
			return left.stream().allMatch(Term::known) && right.stream().allMatch(Term::known);
		}

		/** Both sides are known and equal. */
		public boolean holds() {
			Integer c = compare();
			return c != null && c == 0;
		}

		/** Both sides are known and differ. */
		public boolean broken() {
			Integer c = compare();
			return c != null && c != 0;
		}

		/** Σ left compared with Σ right; null when a side is not known. */
		private Integer compare() {
			Optional<BigDecimal> l = leftSum();
			Optional<BigDecimal> r = rightSum();
			return l.isPresent() && r.isPresent() ? l.get().compareTo(r.get()) : null;
		}

		/** A total (R1, R2, R4) has one total cell; a balance (R3) has none. */
		public boolean hasTotal() {
			return rule.kind() != SumRule.Kind.BALANCE;
		}

		/** The total cell of a total; the first cell of the left side of a balance. */
		public Term total() {
			return left.get(0);
		}

		/** The value that would make a complete equation hold if only {@code term} changed. */
		public BigDecimal solveFor(Term term) {
			BigDecimal residual = leftSum().orElseThrow().subtract(rightSum().orElseThrow());
			return term.side() > 0 ? term.value().subtract(residual) : term.value().add(residual);
		}

		public boolean contains(Cell cell) {
			return terms().stream().anyMatch(t -> t.cell() == cell);
		}

		/** The cells of both sides, left first. */
		public List<Term> terms() {
			List<Term> all = new ArrayList<>(left);
			all.addAll(right);
			return all;
		}
	}

	/** One cell that alone explains several broken sums: correcting it to {@code expected} fixes them all. */
	public record Blame(Term term, BigDecimal expected, List<Equation> breaks) {

		/** The code of the first rule it breaks, in the form's order: the check that reports it. */
		public String code() {
			return breaks.get(0).rule().code();
		}
	}

	/** A cell of a broken sum beside the flagged one: where a finding's related location points, and what it holds there. */
	public record Related(Equation sum, Term term) {

		/** {@code 加项 予以公开·自然人 = 2}; in a balance the two sides are named as such. */
		public String describe() {
			String role = sum.hasTotal() ? (term.side() > 0 ? "合计 " : "加项 ") : (term.side() > 0 ? "左边 " : "右边 ");
			return role + term.ref().name() + " = " + term.written();
		}
	}

	private final List<Equation> all = new ArrayList<>();
	private final List<Equation> equations = new ArrayList<>();
	private final List<Blame> blames = new ArrayList<>();
	private final List<Equation> unexplained = new ArrayList<>();

	private ArithmeticAnalysis(ResolvedReport report) {
		for (TableSpec table : report.form().tables()) {
			table.equations().forEach(cells -> add(report, cells));
		}
		explain();
	}

	public static ArithmeticAnalysis of(ResolvedReport report) {
		return new ArithmeticAnalysis(report);
	}

	/**
	 * Whether every sum rule of a table holds on numbers that are not (yet) a report, as an importer
	 * proves a reading of a published table: {@code values} gives a cell's number, or null when it has
	 * none, and a cell without a number proves nothing.
	 */
	public static boolean holds(TableSpec table, Function<CellRef, BigDecimal> values) {
		return table.equations().stream().allMatch(shape -> {
			Optional<BigDecimal> left = sumOf(shape.left(), values);
			Optional<BigDecimal> right = sumOf(shape.right(), values);
			return left.isPresent() && right.isPresent() && left.get().compareTo(right.get()) == 0;
		});
	}

	/** The sum of the items' values, or nothing when one of them has none. */
	private static <T> Optional<BigDecimal> sumOf(List<T> items, Function<T, BigDecimal> value) {
		BigDecimal sum = BigDecimal.ZERO;
		for (T item : items) {
			BigDecimal v = value.apply(item);
			if (v == null) {
				return Optional.empty();
			}
			sum = sum.add(v);
		}
		return Optional.of(sum);
	}

	/** Every instance of every sum rule, in the form's order, whether its cells hold numbers or not. */
	public List<Equation> all() {
		return all;
	}

	/** Every equation whose cells all hold numbers (equations with a missing or unknown cell are left to other checks). */
	public List<Equation> equations() {
		return equations;
	}

	/** The sums whose total is this cell (R1, R2, R4; a balance has no single total). */
	public List<Equation> withTotal(CellRef ref) {
		return all.stream().filter(e -> e.hasTotal() && e.total().ref().equals(ref)).toList();
	}

	/** Single cells that explain two or more broken sums, each reported with the code of the first rule it breaks. */
	public List<Blame> blames() {
		return blames;
	}

	/** Broken equations that no single cell explains: reported on their anchor (the total). */
	public List<Equation> unexplained() {
		return unexplained;
	}

	/**
	 * The other cells of the broken sums a finding of rule {@code code} points at ({@code flagged}: a cell, or a
	 * whole row), each once: the sums of that rule first, then the other sums the same cells break (the validator
	 * reports such a cell once and names all of them). Empty for a code that is no sum rule's.
	 */
	public List<Related> related(Object flagged, String code) {
		List<Related> related = new ArrayList<>();
		Set<Cell> listed = new LinkedHashSet<>();
		if (flagged instanceof Cell cell) {
			listed.add(cell);
		} else if (flagged instanceof Row row) {
			listed.addAll(row.getCells());
		}
		if (listed.isEmpty() || all.stream().noneMatch(sum -> sum.rule().code().equals(code))) {
			return related;
		}
		Set<Cell> own = Set.copyOf(listed);
		List<Equation> broken = new ArrayList<>(
				all.stream().filter(sum -> sum.broken() && own.stream().anyMatch(sum::contains)).toList());
		broken.sort(Comparator.comparing(sum -> !sum.rule().code().equals(code)));
		for (Equation sum : broken) {
			for (Term term : sum.terms()) {
				if (listed.add(term.cell())) {
					related.add(new Related(sum, term));
				}
			}
		}
		return related;
	}

	/** Lays a rule's cells over the report; only equations whose cells all hold numbers are checked. */
	private void add(ResolvedReport report, EquationCells shape) {
		List<Term> l = terms(report, shape.left(), 1);
		List<Term> r = terms(report, shape.right(), -1);
		if (l.isEmpty() || r.isEmpty()) {
			return;
		}
		Term anchor = shape.anchorIsTotal() ? l.get(0) : r.get(r.size() - 1);
		Equation equation = new Equation(shape.rule(), shape.scope(), l, r, anchor);
		all.add(equation);
		if (equation.complete()) {
			equations.add(equation);
		}
	}

	private static List<Term> terms(ResolvedReport report, List<CellRef> refs, int side) {
		List<Term> terms = new ArrayList<>();
		for (CellRef ref : refs) {
			Cell cell = report.cell(ref.row(), ref.column()).orElse(null);
			terms.add(new Term(ref, cell, cell == null ? null : cell.getValue(), side));
		}
		return terms;
	}

	/**
	 * Finds the cells that explain broken sums: a cell all of whose (two or more) equations are broken
	 * and would all hold again with the same corrected value. Two such cells that claim the same broken
	 * equation are ambiguous; then neither is blamed and the equations are reported on their totals.
	 */
	private void explain() {
		List<Equation> broken = equations.stream().filter(Equation::broken).toList();
		Map<Cell, List<Equation>> byCell = new HashMap<>();
		for (Equation e : equations) {
			e.left().forEach(t -> byCell.computeIfAbsent(t.cell(), k -> new ArrayList<>()).add(e));
			e.right().forEach(t -> byCell.computeIfAbsent(t.cell(), k -> new ArrayList<>()).add(e));
		}
		Map<Cell, Blame> candidates = new LinkedHashMap<>();
		for (Equation e : broken) {
			for (Term t : e.terms()) {
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
			Term inThis = e.terms().stream().filter(t -> t.cell() == term.cell()).findFirst().orElseThrow();
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
}
