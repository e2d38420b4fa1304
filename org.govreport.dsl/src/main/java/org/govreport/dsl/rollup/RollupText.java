package org.govreport.dsl.rollup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.govreport.dsl.form.Checks;
import org.govreport.dsl.form.ColumnSpec;
import org.govreport.dsl.form.Form;
import org.govreport.dsl.form.RowSpec;
import org.govreport.dsl.form.SectionSpec;
import org.govreport.dsl.form.TableSpec;
import org.govreport.dsl.report.Placeholders;

/**
 * Writes a roll-up as .govreport text (formatted canonically afterwards): the reports summed as comments,
 * every table of the form with the sums (? with a comment naming the reports where one left a cell unknown),
 * and the prose as a scaffold — 【待填写】 where the office writes, and placeholders where a sentence states a
 * table number (the words come from the checks' {@code mentions}, so the text and the table cannot drift).
 */
public final class RollupText {

	/** Marks the places the office has to write itself. */
	public static final String TO_WRITE = "【待填写】";

	/**
	 * What to write.
	 *
	 * @param organ    the organ the roll-up is for
	 * @param year     its year
	 * @param lastYear 上年报告 as the file refers to it (relative to the roll-up), or null
	 */
	public record Head(String organ, int year, String lastYear) {
	}

	private final StringBuilder out = new StringBuilder();

	private RollupText() {
	}

	public static String write(Head head, RegionSum sum, RollupSelection selection, Checks checks) {
		return new RollupText().report(head, sum, selection, checks);
	}

	private String report(Head head, RegionSum sum, RollupSelection selection, Checks checks) {
		Form form = sum.form();
		out.append("# 由 govreport rollup 汇总 ").append(selection.included().size()).append(" 份 ").append(head.year())
				.append(" 年度报告（格式 ").append(form.format()).append("）的表二、表三、表四。\n");
		out.append("# 正文中 ").append(TO_WRITE).append(" 处由本机关填写；{…} 处导出时自动填入表中的数字。\n");
		out.append("# 汇总的报告（机关 · 文件 · 本年新收 · 错误数）：\n");
		for (ReportFigures report : selection.included()) {
			String received = report.requests() == null ? "?" : report.requests().toPlainString();
			out.append("#   ").append(report.name()).append(" · ").append(report.file()).append(" · 本年新收 ")
					.append(received).append(" · 错误 ").append(report.errors()).append('\n');
		}
		if (!selection.forced().isEmpty()) {
			out.append("# 其中以 --force 强制汇总的报告：\n");
			selection.forced().forEach(r -> out.append("#   ").append(r.report().file()).append("：").append(r.reason()).append('\n'));
		}
		out.append("报告 \"").append(head.organ().replace("\\", "\\\\").replace("\"", "\\\"")).append("\" 年度 ")
				.append(head.year()).append(" 格式 ").append(form.format()).append('\n');
		if (head.lastYear() != null) {
			out.append("上年报告 \"").append(head.lastYear().replace("\\", "\\\\").replace("\"", "\\\"")).append("\"\n");
		}
		for (SectionSpec spec : form.sections()) {
			out.append('\n').append(spec.heading());
			if (spec.table() == null) {
				out.append(' ').append(prose(spec, head, form, checks));
			} else {
				table(form.table(spec.table()).orElseThrow(), sum);
			}
			out.append('\n');
		}
		return out.toString();
	}

	/** The scaffold of a prose section; 五 names the year, so next year's scaffold is not taken for a copy (W5). */
	private static String prose(SectionSpec spec, Head head, Form form, Checks checks) {
		List<String> paragraphs = new ArrayList<>();
		if (spec.number().equals(checks.length().section())) {
			paragraphs.add(TO_WRITE + "（主动公开、依申请公开、政府信息管理、平台建设、监督保障等总体情况）");
			paragraphs.add(mentions(form, checks));
		} else if (spec.number().equals(checks.sameAsLastYear().section())) {
			paragraphs.add(TO_WRITE + "（" + head.year() + " 年度存在的主要问题及改进情况）");
		} else if (spec.number().equals(checks.feeStatement().section())) {
			paragraphs.add(TO_WRITE + "（本年度收取" + checks.feeStatement().words().get(0) + "的情况，及其他需要报告的事项）");
		} else {
			paragraphs.add(TO_WRITE);
		}
		return "「\n" + String.join("\n", paragraphs) + "\n」";
	}

	/** One sentence stating, by placeholder, each table number that prose commonly states. */
	private static String mentions(Form form, Checks checks) {
		return "本年度" + checks.mentions().stream()
				.flatMap(m -> form.cell(m.cell()).map(cell -> m.words().get(0) + Placeholders.placeholderFor(cell) + "件").stream())
				.collect(Collectors.joining("，")) + "。";
	}

	/** Writes a table's rows with their sums. */
	private void table(TableSpec table, RegionSum sum) {
		out.append(" {\n");
		List<ColumnSpec> header = null;
		for (RowSpec row : table.rows()) {
			int next = sum.indexOf(row);
			if (!row.columns().equals(header)) {
				header = row.columns();
				out.append("  ").append(table.corner()).append("： ")
						.append(header.stream().map(ColumnSpec::label).collect(Collectors.joining(" "))).append('\n');
			}
			out.append("  ").append(row.label());
			Map<String, List<String>> unknown = new LinkedHashMap<>();
			for (ColumnSpec column : row.columns()) {
				out.append(' ').append(sum.value(next).map(RollupText::number).orElse("?"));
				List<String> reports = sum.unknownIn(next);
				if (!reports.isEmpty()) {
					unknown.put(column.label(), reports);
				}
				next++;
			}
			if (!unknown.isEmpty()) {
				out.append("  # 无法汇总（以下报告为 ?）：").append(unknown.entrySet().stream()
						.map(e -> e.getKey() + "：" + String.join("、", e.getValue())).collect(Collectors.joining("；")));
			}
			out.append('\n');
		}
		out.append('}');
	}

	/** A sum as the report writes it: plain notation, no trailing zeros after the point. */
	private static String number(BigDecimal value) {
		return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
	}
}
