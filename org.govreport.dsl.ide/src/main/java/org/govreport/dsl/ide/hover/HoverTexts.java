package org.govreport.dsl.ide.hover;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import org.govreport.dsl.form.CellRef;
import org.govreport.dsl.form.ColumnSpec;
import org.govreport.dsl.form.RowSpec;
import org.govreport.dsl.form.SectionSpec;
import org.govreport.dsl.form.ValueKind;
import org.govreport.dsl.report.ArithmeticAnalysis.Equation;
import org.govreport.dsl.report.ArithmeticAnalysis.Term;

/** The Markdown a hover shows for the parts of the form; every word comes from the form model. */
public final class HoverTexts {

	private HoverTexts() {
	}

	public static String row(RowSpec row) {
		StringBuilder out = new StringBuilder("**").append(row.verbatim()).append("**");
		if (!row.groups().isEmpty()) {
			out.append("\n\n所属：").append(String.join(" › ", row.groups()));
		}
		if (row.basis() != null) {
			out.append("\n\n依据：").append(row.basis());
		}
		if (row.help() != null) {
			out.append("\n\n统计口径：").append(row.help());
		}
		out.append("\n\n栏目：").append(row.columns().stream().map(ColumnSpec::label).collect(Collectors.joining("、")));
		return out.append("\n\n`").append(row.table()).append('.').append(row.id()).append('`').toString();
	}

	public static String column(ColumnSpec column) {
		StringBuilder out = new StringBuilder("**");
		if (column.parent() != null) {
			out.append(column.parent()).append(" › ");
		}
		out.append(column.verbatim()).append("**\n\n").append(kind(column.kind()));
		return out.append("\n\n`").append(column.id()).append('`').toString();
	}

	public static String section(SectionSpec section) {
		return "**" + section.heading() + "**\n\n" + (section.table() == null ? "本部分为文字说明。" : "本部分含一张表格（`" + section.table() + "`），表前可写文字说明。");
	}

	/** A cell: what it stands for and, for a total, the sum it must equal. */
	public static String cell(CellRef cell, List<Equation> sumsWithTotal) {
		StringBuilder out = new StringBuilder("**").append(cell.row().verbatim()).append(" × ")
				.append(cell.column().verbatim()).append("**\n\n`").append(cell.id()).append('`');
		for (Equation sum : sumsWithTotal) {
			out.append("\n\n").append(sum(sum));
		}
		return out.toString();
	}

	/** 合计（R2）= 0 + 3 + … = 7, and whether the written total agrees. */
	public static String sum(Equation sum) {
		String terms = sum.right().stream().map(t -> "- " + t.ref().name() + "：" + value(t)).collect(Collectors.joining("\n"));
		String result = sum.rightSum().map(BigDecimal::toPlainString).orElse("无法计算（有空白、空缺或 ? 的单元格，不核对）");
		StringBuilder out = new StringBuilder("合计（").append(sum.rule().code()).append("）= ").append(result)
				.append("，由以下各项相加：\n\n").append(terms);
		if (sum.broken()) {
			out.append("\n\n**表中写的是 ").append(sum.total().written()).append("，与计算结果不符。**");
		}
		return out.toString();
	}

	/** A term's value, or why it has none. */
	public static String value(Term term) {
		return term.blank() ? "空白（不参与核对）" : !term.known() ? "（空缺或 ?）" : term.written();
	}

	private static String kind(ValueKind kind) {
		return switch (kind) {
		case COUNT -> "填写不小于 0 的整数。";
		case DECIMAL -> "填写不小于 0 的数，可带小数（单位见栏目名称）。";
		case SIGNED -> "填写整数，可为负数（本年增/减）。";
		};
	}
}
