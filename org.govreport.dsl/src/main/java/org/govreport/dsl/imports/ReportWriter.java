package org.govreport.dsl.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.govreport.dsl.form.ColumnSpec;
import org.govreport.dsl.form.RowSpec;
import org.govreport.dsl.form.SectionSpec;
import org.govreport.dsl.form.TableSpec;
import org.govreport.dsl.imports.ImportedReport.ImportedSection;

/**
 * Writes an imported report as .govreport text (formatted canonically afterwards): every row of the
 * form in the form's order under its short label, ? for a cell without a number and a {@code #}
 * comment saying why, prose verbatim inside 「」, and what was left out as closing comments.
 */
final class ReportWriter {

	private final StringBuilder out = new StringBuilder();
	private final List<ImportNote> notes = new ArrayList<>();

	/** The text, and the notes of what writing changed (stray 「」 in prose). */
	record Written(String text, List<ImportNote> notes) {
	}

	static Written write(ImportedReport report, String source) {
		ReportWriter writer = new ReportWriter();
		return new Written(writer.report(report, source), List.copyOf(writer.notes));
	}

	private String report(ImportedReport report, String source) {
		out.append("# 由 govreport import 从 ").append(source).append(" 导入：请核对带 # 注释的单元格。\n");
		out.append("报告 \"").append(report.organ().replace("\\", "\\\\").replace("\"", "\\\"")).append("\" 年度 ")
				.append(report.year()).append(" 格式 ").append(report.form().format()).append('\n');
		if (report.date() != null) {
			out.append("发布日期 ").append(report.date()).append('\n');
		}
		if (!report.preface().isEmpty()) {
			out.append("\n前言 ").append(prose(report.preface(), false, "前言")).append('\n');
		}
		for (SectionSpec spec : report.form().sections()) {
			ImportedSection section = report.sections().get(spec.number());
			out.append('\n');
			if (section != null && section.heading() != null
					&& !LabelKeys.key(section.heading()).equals(LabelKeys.key(spec.heading()))) {
				out.append("# 原文标题：").append(section.heading()).append('\n');
			}
			out.append(spec.heading());
			List<String> paragraphs = section == null ? List.of() : section.paragraphs();
			if (!paragraphs.isEmpty() || spec.table() == null) {
				out.append(' ').append(prose(paragraphs, true, spec.number()));
			}
			if (spec.table() != null) {
				TableSpec table = report.form().table(spec.table()).orElseThrow();
				table(table, section == null ? null : section.table());
			}
			out.append('\n');
		}
		if (!report.dropped().isEmpty()) {
			out.append("\n# 导入时略去的页面内容（导航、版权、页码、落款等）：\n");
			report.dropped().forEach(line -> out.append("# ").append(line).append('\n'));
		}
		return out.toString();
	}

	private void table(TableSpec table, ImportedTable imported) {
		out.append(" {\n");
		List<ColumnSpec> header = null;
		for (RowSpec row : table.rows()) {
			if (!row.columns().equals(header)) {
				header = row.columns();
				out.append("  ").append(table.corner()).append("： ")
						.append(header.stream().map(ColumnSpec::label).collect(Collectors.joining(" "))).append('\n');
			}
			List<ImportedCell> cells = imported == null ? null : imported.cells().get(row.id());
			out.append("  ").append(row.label());
			// reason → the columns it applies to: a row left short says so once, not once per column
			Map<String, List<String>> why = new LinkedHashMap<>();
			for (int c = 0; c < row.columns().size(); c++) {
				ImportedCell cell = cells == null ? ImportedCell.of(ImportedCell.Status.MISSING, "") : cells.get(c);
				out.append(' ').append(cell.written());
				if (cell.needsComment()) {
					why.computeIfAbsent(reason(cell), r -> new ArrayList<>()).add(row.columns().get(c).label());
				}
			}
			if (!why.isEmpty()) {
				out.append("  # ").append(why.entrySet().stream().map(e -> String.join("、", e.getValue()) + "：" + e.getKey())
						.collect(Collectors.joining("；")));
			}
			out.append('\n');
		}
		if (imported != null) {
			imported.leftovers().forEach(text -> out.append("  # 原表中的文字：").append(oneLine(text)).append('\n'));
		}
		out.append('}');
	}

	private static String reason(ImportedCell cell) {
		return switch (cell.status()) {
		case READ, BLANK -> "";
		case WITH_UNIT -> "原表写作“" + oneLine(cell.raw()) + "”，照录其数字，单位以原表为准";
		case NOT_APPLICABLE -> "原表为“" + cell.raw() + "”（不适用）";
		case UNREADABLE -> "无法读取“" + oneLine(cell.raw()) + "”";
		case MISSING -> cell.raw().isEmpty() ? "原表中没有" : "原表中没有（" + oneLine(cell.raw()) + "）";
		};
	}

	/** Paragraphs inside 「」; a 「 or 」 without its partner becomes its vertical form (﹁ ﹂) so the prose still closes. */
	private String prose(List<String> paragraphs, boolean block, String section) {
		String joined = String.join("\n", paragraphs);
		String text = balanced(joined);
		if (!text.equals(joined)) {
			notes.add(new ImportNote(ImportNote.Kind.TEXT, section, null, null, "正文中不成对的「或」已改为﹁或﹂"));
		}
		return block ? "「\n" + text + (text.isEmpty() ? "" : "\n") + "」" : "「" + text + "」";
	}

	static String balanced(String text) {
		char[] chars = text.toCharArray();
		List<Integer> open = new ArrayList<>();
		for (int i = 0; i < chars.length; i++) {
			if (chars[i] == '「') {
				open.add(i);
			} else if (chars[i] == '」') {
				if (open.isEmpty()) {
					chars[i] = '﹂';
				} else {
					open.remove(open.size() - 1);
				}
			}
		}
		open.forEach(i -> chars[i] = '﹁');
		return new String(chars);
	}


	private static String oneLine(String text) {
		return text.replaceAll("[\\r\\n]+", " ");
	}
}
