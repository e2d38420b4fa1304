package org.govreport.dsl.diff;

import org.govreport.dsl.diff.ParagraphChange.Segment;

import com.google.common.html.HtmlEscapers;

/** The diff as Markdown for a pull-request comment (GitHub and GitLab render tables, {@code <del>} and {@code <ins>}). */
public final class DiffMarkdown {

	private final StringBuilder out = new StringBuilder();

	private DiffMarkdown() {
	}

	public static String render(ReportDiff diff) {
		return new DiffMarkdown().all(diff);
	}

	private String all(ReportDiff diff) {
		line("### govreport diff: `" + code(diff.oldName()) + "` → `" + code(diff.newName()) + "`");
		line("");
		diff.notes().forEach(n -> line("> 注意：" + text(n)));
		line("**" + DiffSummary.line(diff) + "**");
		if (!diff.head().isEmpty()) {
			heading("报告头");
			line("| 项目 | 旧 | 新 |");
			line("|---|---|---|");
			diff.head().forEach(h -> line("| " + h.field() + " | " + text(DiffSummary.orNone(h.oldValue())) + " | "
					+ text(DiffSummary.orNone(h.newValue())) + " |"));
		}
		for (TableChanges table : diff.tables()) {
			heading(table.heading());
			if (!table.cells().isEmpty()) {
				line("| 单元格 | 旧 | 新 | 变化 |");
				line("|---|---:|---:|---:|");
				for (CellChange cell : table.cells()) {
					String delta = DiffSummary.delta(cell);
					line("| " + text(cell.name()) + " | " + cell.oldValue() + " | " + cell.newValue() + " | "
							+ (delta == null ? "" : delta) + " |");
				}
				line("");
			}
			table.rows().forEach(r -> line("- " + (r.added() ? "新增行 " : "删除行 ") + text(r.name()) + "："
					+ String.join(" ", r.values())));
		}
		if (!diff.findings().isEmpty()) {
			heading("检查结果");
			diff.findings().appeared().forEach(f -> finding("新增", f));
			diff.findings().disappeared().forEach(f -> finding("消失", f));
		}
		if (!diff.prose().isEmpty()) {
			heading("正文");
			for (SectionProse section : diff.prose()) {
				line("- **" + text(section.heading()) + "**（相似度 " + DiffSummary.percent(section.similarity()) + "）");
				section.paragraphs().forEach(this::paragraph);
			}
		}
		return out.toString();
	}

	private void finding(String what, FindingChange f) {
		line("- " + what + " `" + f.code() + "` " + text(f.placeName()) + "（" + f.severity() + "）：" + text(f.message()));
	}

	private void paragraph(ParagraphChange p) {
		StringBuilder text = new StringBuilder("  - ");
		for (Segment s : p.segments()) {
			switch (s.kind()) {
			case EQUAL -> text.append(text(s.text()));
			case DELETE -> text.append("<del>").append(text(s.text())).append("</del>");
			case INSERT -> text.append("<ins>").append(text(s.text())).append("</ins>");
			}
		}
		line(text.toString());
	}

	private void heading(String text) {
		line("");
		line("#### " + text(text));
		line("");
	}

	/** Text that Markdown and the HTML inside it leave as it is: escaped HTML, Markdown's marks and table bars. */
	private static String text(String text) {
		return HtmlEscapers.htmlEscaper().escape(text).replaceAll("([\\\\`*_\\[\\]|#~])", "\\\\$1");
	}

	private static String code(String text) {
		return text.replace("`", "'");
	}

	private void line(String text) {
		out.append(text).append('\n');
	}
}
