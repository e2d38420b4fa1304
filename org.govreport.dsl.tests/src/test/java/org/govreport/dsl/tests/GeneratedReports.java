package org.govreport.dsl.tests;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govreport.dsl.form.ColumnSpec;
import org.govreport.dsl.form.Form;
import org.govreport.dsl.form.RowSpec;
import org.govreport.dsl.form.SectionSpec;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Reports for properties: the consistent fixture with every table cell drawn at random (sums need not
 * hold) and the spaces between cells drawn at random too, so that its layout is not canonical.
 */
public final class GeneratedReports {

	/** A table row: indentation, a label, then its cells. */
	private static final Pattern ROW = Pattern.compile("(?m)^(\\s+)(\\p{IsHan}[^\\s]*)((?:[ \\t]+[0-9.]+)+)[ \\t]*$");

	private static final Pattern CELL = Pattern.compile("[0-9.]+");

	private GeneratedReports() {
	}

	private static final String FIXTURE = Fixture.consistent().text();

	private static final int CELLS = cellCount(FIXTURE);

	/** The fixture's text with random cells and random spacing, for properties. */
	public static Arbitrary<String> reports() {
		return Arbitraries.randomValue(GeneratedReports::report);
	}

	/** One such report, drawn with {@code random} (for tests outside jqwik, with a seed of their own). */
	public static String report(Random random) {
		List<Integer> values = new ArrayList<>();
		List<Integer> gaps = new ArrayList<>();
		for (int i = 0; i < CELLS; i++) {
			values.add(random.nextInt(100_000));
			gaps.add(1 + random.nextInt(6));
		}
		return fill(FIXTURE, values, gaps);
	}

	/**
	 * A report of {@code organ} that checks clean (the fixture's 2025 report, without 上年报告, its prose stating
	 * numbers by placeholder), with random numbers that keep every sum, balance and plausibility hint: table 二
	 * at random (规章 0, as for a town; the fee with two decimals), table 三's outcomes at random (其他处理 0), its
	 * totals summed and 本年新收 solved from the balance, table 四's results at random and summed.
	 */
	public static String consistent(Random random, String organ) {
		String text = FIXTURE.replaceFirst("(?m)^上年报告 .*\\R", "")
				.replace("重庆市巴南区东温泉镇人民政府", organ)
				.replaceFirst("本年收到政府信息公开申请7件，上年结转1件，结转下年度继续办理1件。现行有效规范性文件5件。",
						"本年收到政府信息公开申请{本年新收·总计}件。");
		List<String> labels = new ArrayList<>();
		List<String> written = new ArrayList<>();
		Matcher row = ROW.matcher(text);
		while (row.find()) {
			labels.add(row.group(2));
			written.add(row.group(3).strip());
		}
		List<String> values = new ArrayList<>();
		List<Integer> requestRows = new ArrayList<>();
		for (int i = 0; i < labels.size(); i++) {
			String[] cells = written.get(i).split("\\s+");
			if (cells.length == 7) {
				requestRows.add(i);
				values.add(null); // filled below, once the whole table is known
			} else if (cells.length == 5) {
				long[] results = { random.nextInt(6), random.nextInt(6), random.nextInt(6), random.nextInt(6) };
				values.add(join(results) + " " + (results[0] + results[1] + results[2] + results[3]));
			} else if (labels.get(i).equals("规章")) {
				values.add("0 0 0");
			} else if (cells[0].contains(".")) {
				values.add(BigDecimal.valueOf(random.nextInt(100_000), 2).toPlainString());
			} else {
				StringBuilder line = new StringBuilder();
				for (int c = 0; c < cells.length; c++) {
					line.append(c == 0 ? "" : " ").append(random.nextInt(1_000));
				}
				values.add(line.toString());
			}
		}
		requests(random, labels, requestRows, values);
		return fillText(text, values);
	}

	/**
	 * A report of any form with every cell drawn at random (sums need not hold; a signed column may be
	 * negative, a decimal one has two decimals): a report of a form the fixture does not show, such as 2019's.
	 */
	public static String of(Random random, Form form, String organ, int year) {
		StringBuilder out = new StringBuilder("报告 \"" + organ + "\" 年度 " + year + " 格式 " + form.format() + "\n");
		for (SectionSpec section : form.sections()) {
			out.append('\n').append(section.heading());
			if (section.table() == null) {
				out.append(" 「本机关本年度未收取信息处理费。」\n");
				continue;
			}
			out.append(" {\n");
			for (RowSpec row : form.table(section.table()).orElseThrow().rows()) {
				out.append("  ").append(row.label());
				for (ColumnSpec column : row.columns()) {
					int value = random.nextInt(1_000);
					out.append(' ').append(switch (column.kind()) {
					case DECIMAL -> BigDecimal.valueOf(value, 2).toPlainString();
					case SIGNED -> String.valueOf(value - 500);
					default -> String.valueOf(value);
					});
				}
				out.append('\n');
			}
			out.append("}\n");
		}
		return out.toString();
	}

	/** Table 三: rows new, carried over, the outcomes, total, carried forward; six applicant columns and 总计. */
	private static void requests(Random random, List<String> labels, List<Integer> rows, List<String> values) {
		int applicants = 6;
		long[][] cells = new long[rows.size()][applicants];
		int totalRow = rows.size() - 2;
		for (int r = 2; r < totalRow; r++) {
			for (int c = 0; c < applicants; c++) {
				boolean other = labels.get(rows.get(r)).startsWith("其他处理");
				cells[r][c] = other || random.nextInt(4) != 0 ? 0 : random.nextInt(30);
				cells[totalRow][c] += cells[r][c];
			}
		}
		for (int c = 0; c < applicants; c++) {
			long forward = random.nextInt(6);
			long over = random.nextInt((int) (cells[totalRow][c] + forward + 1));
			cells[totalRow + 1][c] = forward;
			cells[1][c] = over;
			cells[0][c] = cells[totalRow][c] + forward - over;
		}
		for (int r = 0; r < rows.size(); r++) {
			long total = 0;
			for (long cell : cells[r]) {
				total += cell;
			}
			values.set(rows.get(r), join(cells[r]) + " " + total);
		}
	}

	private static String join(long[] cells) {
		StringBuilder out = new StringBuilder();
		for (long cell : cells) {
			out.append(out.length() == 0 ? "" : " ").append(cell);
		}
		return out.toString();
	}

	/** The text with each table row's cells replaced by a line of values, in order. */
	private static String fillText(String text, List<String> lines) {
		StringBuilder out = new StringBuilder();
		Matcher row = ROW.matcher(text);
		int next = 0;
		while (row.find()) {
			row.appendReplacement(out, Matcher.quoteReplacement(row.group(1) + row.group(2) + "  " + lines.get(next++)));
		}
		row.appendTail(out);
		return out.toString();
	}

	private static int cellCount(String text) {
		int count = 0;
		Matcher row = ROW.matcher(text);
		while (row.find()) {
			count += (int) CELL.matcher(row.group(3)).results().count();
		}
		return count;
	}

	private static String fill(String text, List<Integer> values, List<Integer> gaps) {
		StringBuilder out = new StringBuilder();
		Matcher row = ROW.matcher(text);
		int next = 0;
		while (row.find()) {
			StringBuilder cells = new StringBuilder();
			Matcher cell = CELL.matcher(row.group(3));
			while (cell.find()) {
				cells.append(" ".repeat(gaps.get(next))).append(values.get(next));
				next++;
			}
			row.appendReplacement(out, Matcher.quoteReplacement(row.group(1) + row.group(2) + cells));
		}
		row.appendTail(out);
		return out.toString();
	}
}
