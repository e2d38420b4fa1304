package org.govreport.bench;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;

import org.govreport.dsl.form.ColumnSpec;
import org.govreport.dsl.form.Form;
import org.govreport.dsl.form.RowSpec;
import org.govreport.dsl.form.SectionSpec;
import org.govreport.dsl.form.TableSpec;

/**
 * Generates varied, arithmetically consistent reports from the form model, for benchmarks: random
 * applications spread over random outcomes, with carry-over and appeals, so every rule has work.
 */
public final class SyntheticReports {

	private final Form form;

	public SyntheticReports(Form form) {
		this.form = form;
	}

	/** The text of report number {@code n}; the same n always gives the same text. */
	public String report(int n) {
		Random random = new Random(n);
		StringBuilder out = new StringBuilder();
		out.append("报告 \"第").append(n).append("号测试镇人民政府\" 年度 2025 格式 ").append(form.format()).append('\n');
		out.append("发布日期 2026-01-").append(10 + random.nextInt(20)).append("\n\n");
		out.append("前言 「本报告由基准测试生成，编号").append(n).append("。」\n");
		for (SectionSpec section : form.sections()) {
			out.append('\n').append(section.heading()).append(" 「\n");
			for (int p = 0; p <= random.nextInt(4); p++) {
				out.append("（").append(p + 1).append("）第").append(p + 1).append("段：本年度收到政府信息公开申请")
						.append(random.nextInt(50)).append("件，依法及时答复。\n");
			}
			out.append('」');
			if (section.table() != null) {
				out.append(" {\n");
				table(form.table(section.table()).orElseThrow(), random, out);
				out.append('}');
			}
			out.append('\n');
		}
		return out.toString();
	}

	private static void table(TableSpec table, Random random, StringBuilder out) {
		switch (table.id()) {
		case "requests" -> requests(table, random, out);
		case "appeals" -> appeals(table, random, out);
		default -> table.rows().forEach(row -> {
			row(out, row, row.columns().stream().map(c -> c.kind() == org.govreport.dsl.form.ValueKind.DECIMAL
					? new BigDecimal(random.nextInt(100000)).movePointLeft(4).toPlainString()
					: Integer.toString(random.nextInt(300))).toList());
		});
		}
	}

	/** Table 3: per applicant column, outcomes spread over random rows, totals and balance made to hold. */
	private static void requests(TableSpec table, Random random, StringBuilder out) {
		List<RowSpec> rows = table.rows();
		List<ColumnSpec> columns = rows.get(0).columns();
		int applicants = columns.size() - 1;
		int[][] values = new int[rows.size()][columns.size()];
		int newRow = 0, carriedOver = 1, total = rows.size() - 2, carriedForward = rows.size() - 1;
		for (int c = 0; c < applicants; c++) {
			int handled = 0;
			for (int r = carriedOver + 1; r < total; r++) {
				values[r][c] = random.nextInt(4) == 0 ? random.nextInt(20) : 0;
				handled += values[r][c];
			}
			values[total][c] = handled;
			values[carriedForward][c] = random.nextInt(5);
			values[carriedOver][c] = Math.min(random.nextInt(5), handled + values[carriedForward][c]);
			values[newRow][c] = handled + values[carriedForward][c] - values[carriedOver][c];
		}
		for (int r = 0; r < rows.size(); r++) {
			int sum = 0;
			for (int c = 0; c < applicants; c++) {
				sum += values[r][c];
			}
			values[r][applicants] = sum;
		}
		for (int r = 0; r < rows.size(); r++) {
			int[] row = values[r];
			row(out, rows.get(r), java.util.Arrays.stream(row).mapToObj(Integer::toString).toList());
		}
	}

	private static void appeals(TableSpec table, Random random, StringBuilder out) {
		for (RowSpec row : table.rows()) {
			int[] cells = new int[row.columns().size()];
			int sum = 0;
			for (int c = 0; c < cells.length - 1; c++) {
				cells[c] = random.nextInt(3);
				sum += cells[c];
			}
			cells[cells.length - 1] = sum;
			row(out, row, java.util.Arrays.stream(cells).mapToObj(Integer::toString).toList());
		}
	}

	private static void row(StringBuilder out, RowSpec row, List<String> cells) {
		out.append("  ").append(row.label());
		cells.forEach(c -> out.append(' ').append(c));
		out.append('\n');
	}
}
