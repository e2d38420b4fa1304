package org.govreport.dsl.tests.imports;

import java.util.List;
import java.util.Random;

import org.govreport.dsl.form.ColumnSpec;
import org.govreport.dsl.form.Form;
import org.govreport.dsl.form.RowSpec;
import org.govreport.dsl.form.SectionSpec;
import org.govreport.dsl.form.TableSpec;
import org.govreport.dsl.form.ValueKind;

/**
 * A report in one format version of the form, made up from a seed, whose tables add up as its sum
 * rules require: applications spread over outcomes per applicant column, totals and the carry-over
 * balance computed, many zeros (so that a shifted number often looks right), appeals with their row
 * totals. The same seed always gives the same text.
 */
final class GeneratedReport {

	private final Form form;
	private final Random random;
	private final StringBuilder out = new StringBuilder();

	private GeneratedReport(Form form, long seed) {
		this.form = form;
		this.random = new Random(seed);
	}

	/** The .govreport text of report {@code seed}. */
	static String text(Form form, long seed) {
		return new GeneratedReport(form, seed).write(seed);
	}

	private String write(long seed) {
		out.append("报告 \"测试县第").append(seed).append("镇人民政府\" 年度 2024 格式 ").append(form.format()).append('\n');
		out.append("发布日期 2025-01-").append(10 + random.nextInt(18)).append("\n\n");
		out.append("前言 「本报告依据《中华人民共和国政府信息公开条例》编制。」\n");
		for (SectionSpec section : form.sections()) {
			out.append('\n').append(section.heading()).append(" 「\n");
			int paragraphs = 1 + random.nextInt(3);
			for (int p = 0; p < paragraphs; p++) {
				out.append("第").append(p + 1).append("段：全年办理事项").append(random.nextInt(400)).append("件，按期完成。\n");
			}
			if (section.number().equals("六")) {
				out.append("本机关本年度未收取信息处理费。\n");
			}
			out.append('」');
			if (section.table() != null) {
				out.append(" {\n");
				TableSpec table = form.table(section.table()).orElseThrow();
				switch (table.id()) {
				case "requests" -> requests(table);
				case "appeals" -> appeals(table);
				default -> table.rows().forEach(row -> row(row, row.columns().stream().map(this::anyValue).toList()));
				}
				out.append('}');
			}
			out.append('\n');
		}
		return out.toString();
	}

	private String anyValue(ColumnSpec column) {
		if (column.kind() == ValueKind.DECIMAL) {
			return random.nextInt(3) == 0 ? "0" : (random.nextInt(9000) + 1) / 100 + "." + (10 + random.nextInt(90));
		}
		return Integer.toString(small());
	}

	/** Mostly 0 and small counts, now and then a large one. */
	private int small() {
		int kind = random.nextInt(10);
		return kind < 5 ? 0 : kind < 9 ? 1 + random.nextInt(9) : 10 + random.nextInt(300);
	}

	private void requests(TableSpec table) {
		List<RowSpec> rows = table.rows();
		int columns = rows.get(0).columns().size();
		int total = indexOf(rows, "total");
		int carriedOver = indexOf(rows, "carried_over");
		int carriedForward = indexOf(rows, "carried_forward");
		int newRow = indexOf(rows, "new");
		int[][] values = new int[rows.size()][columns];
		for (int c = 0; c < columns - 1; c++) {
			for (int r = 0; r < rows.size(); r++) {
				if (r != total && r != carriedOver && r != carriedForward && r != newRow) {
					values[r][c] = small();
					values[total][c] += values[r][c];
				}
			}
			values[carriedForward][c] = random.nextInt(3);
			values[carriedOver][c] = Math.min(random.nextInt(3), values[total][c] + values[carriedForward][c]);
			values[newRow][c] = values[total][c] + values[carriedForward][c] - values[carriedOver][c];
		}
		for (int r = 0; r < rows.size(); r++) {
			for (int c = 0; c < columns - 1; c++) {
				values[r][columns - 1] += values[r][c];
			}
			row(rows.get(r), java.util.Arrays.stream(values[r]).mapToObj(Integer::toString).toList());
		}
	}

	private void appeals(TableSpec table) {
		for (RowSpec row : table.rows()) {
			int[] cells = new int[row.columns().size()];
			for (int c = 0; c < cells.length - 1; c++) {
				cells[c] = random.nextInt(4);
				cells[cells.length - 1] += cells[c];
			}
			row(row, java.util.Arrays.stream(cells).mapToObj(Integer::toString).toList());
		}
	}

	private static int indexOf(List<RowSpec> rows, String id) {
		for (int r = 0; r < rows.size(); r++) {
			if (rows.get(r).id().equals(id)) {
				return r;
			}
		}
		throw new IllegalArgumentException(id);
	}

	private void row(RowSpec row, List<String> cells) {
		out.append("  ").append(row.label());
		cells.forEach(c -> out.append(' ').append(c));
		out.append('\n');
	}
}
