package org.govreport.dsl.validation;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.xtext.validation.Check;
import org.govreport.dsl.form.CellRef;
import org.govreport.dsl.form.SumRule;
import org.govreport.dsl.govReport.Report;
import org.govreport.dsl.report.ArithmeticAnalysis;
import org.govreport.dsl.report.ArithmeticAnalysis.Blame;
import org.govreport.dsl.report.ArithmeticAnalysis.Equation;
import org.govreport.dsl.report.ArithmeticAnalysis.Term;

/**
 * The sum rules of the form (R1–R4 in forms.json, and any rule a form adds): one check reports every
 * broken sum with its rule's own code. All read the same {@link ArithmeticAnalysis}, so a single wrong
 * cell is reported once, on that cell, with the code of the first rule it breaks, naming every sum it
 * breaks. The issue data of every finding is the value the reported cell should have, for the quick fix.
 */
public class ArithmeticValidator extends ReportCheck {

	@Check
	public void sums(Report report) {
		ArithmeticAnalysis analysis = views().arithmetic(report);
		for (Blame blame : analysis.blames()) {
			error(blameMessage(blame), blame.term().cell(), null, blame.code(), blame.expected().toPlainString());
		}
		for (Equation e : analysis.unexplained()) {
			BigDecimal expected = e.solveFor(e.anchor());
			error(equationMessage(e), e.anchor().cell(), null, e.rule().code(), expected.toPlainString());
		}
	}

	/** {@code 予以公开·自然人 应为 3，实际为 4：这一格使 2 处合计不成立——R1 …；R2 …} */
	static String blameMessage(Blame blame) {
		Term t = blame.term();
		String sums = blame.breaks().stream().map(ArithmeticValidator::describe).collect(Collectors.joining("；"));
		return t.ref().name() + " 应为 " + plain(blame.expected()) + "，实际为 " + t.written() + "：这一格使 "
				+ blame.breaks().size() + " 处合计不成立——" + sums;
	}

	/**
	 * A total: {@code （七）总计·自然人 应为 5（予以公开 3 + 部分公开 1），实际为 6}; a balance:
	 * {@code 自然人列勾稽关系不成立：本年新收 3 + 上年结转 1 = 4，（七）总计 2 + 结转下年 1 = 3；结转下年·自然人 应为 2，实际为 1}.
	 */
	static String equationMessage(Equation e) {
		Term anchor = e.anchor();
		String should = anchor.ref().name() + " 应为 " + plain(e.solveFor(anchor));
		if (e.rule().kind() == SumRule.Kind.BALANCE) {
			return e.scope() + "列勾稽关系不成立：" + side(e, e.left(), true) + "，" + side(e, e.right(), true) + "；" + should
					+ "，实际为 " + anchor.written();
		}
		return should + "（" + terms(e, e.right()) + "），实际为 " + anchor.written();
	}

	/** One broken sum in a line: {@code R2 （七）总计·自然人 5 ≠ 6（予以公开 4 + 部分公开 1 + …）}. */
	static String describe(Equation e) {
		if (e.rule().kind() == SumRule.Kind.BALANCE) {
			return e.rule().code() + " " + e.scope() + "列勾稽关系 " + side(e, e.left(), false) + " ≠ "
					+ side(e, e.right(), false);
		}
		Term total = e.left().get(0);
		return e.rule().code() + " " + total.ref().name() + " " + total.written() + " ≠ " + plain(e.rightSum().orElseThrow())
				+ "（" + terms(e, e.right()) + "）";
	}

	/** {@code 本年新收 3 + 上年结转 1 = 4}, or just the sum and its non-zero terms. */
	private static String side(Equation e, List<Term> terms, boolean withSum) {
		BigDecimal sum = terms.stream().map(Term::value).reduce(BigDecimal.ZERO, BigDecimal::add);
		String listed = terms.stream().map(t -> name(e, t) + " " + t.written()).collect(Collectors.joining(" + "));
		return withSum ? listed + " = " + plain(sum) : plain(sum) + "（" + listed + "）";
	}

	/** The non-zero terms, named within the equation's row or column: {@code 予以公开 3 + 部分公开 1}. */
	private static String terms(Equation e, List<Term> terms) {
		List<Term> nonZero = terms.stream().filter(t -> t.value().signum() != 0).toList();
		if (nonZero.isEmpty()) {
			return "各项均为 0";
		}
		return nonZero.stream().map(t -> name(e, t) + " " + t.written()).collect(Collectors.joining(" + "));
	}

	/** Within a row total the terms share the row, so they are named by column; otherwise by row. */
	private static String name(Equation e, Term t) {
		return e.rule().kind() == SumRule.Kind.ROW_TOTAL ? t.ref().column().label()
				: CellRef.rowName(t.ref().row());
	}

	static String plain(BigDecimal value) {
		return value.toPlainString();
	}
}
