package org.govreport.dsl.diff;

import org.govreport.dsl.diff.ParagraphChange.Segment;

/**
 * The diff for a terminal: coloured with ANSI escapes, or plain, where inline changes are marked
 * {@code [-deleted-]{+inserted+}} as {@code git diff --word-diff} marks them.
 */
public final class DiffText {

	private static final String RESET = "\u001b[0m";
	private static final String BOLD = "\u001b[1m";
	private static final String RED = "\u001b[31m";
	private static final String GREEN = "\u001b[32m";
	private static final String CYAN = "\u001b[36m";

	private final boolean colour;
	private final StringBuilder out = new StringBuilder();

	private DiffText(boolean colour) {
		this.colour = colour;
	}

	public static String render(ReportDiff diff, boolean colour) {
		return new DiffText(colour).all(diff);
	}

	private String all(ReportDiff diff) {
		line(paint(BOLD, "旧：" + diff.oldName()));
		line(paint(BOLD, "新：" + diff.newName()));
		diff.notes().forEach(n -> line("注意：" + n));
		if (!diff.head().isEmpty()) {
			heading("报告头");
			diff.head().forEach(h -> line("  " + h.field() + ": " + paint(RED, DiffSummary.orNone(h.oldValue())) + " → "
					+ paint(GREEN, DiffSummary.orNone(h.newValue()))));
		}
		for (TableChanges table : diff.tables()) {
			heading(table.heading());
			table.cells().forEach(this::cell);
			for (RowChange row : table.rows()) {
				String mark = row.added() ? "+ " : "− ";
				String text = mark + row.name() + (row.added() ? "（新增行）: " : "（删除行）: ") + String.join(" ", row.values());
				line("  " + paint(row.added() ? GREEN : RED, text));
			}
		}
		if (!diff.findings().isEmpty()) {
			heading("检查结果");
			diff.findings().appeared().forEach(f -> finding("+ ", GREEN, f));
			diff.findings().disappeared().forEach(f -> finding("− ", RED, f));
		}
		if (!diff.prose().isEmpty()) {
			heading("正文");
			for (SectionProse section : diff.prose()) {
				line("  " + paint(CYAN, section.heading() + "（相似度 " + DiffSummary.percent(section.similarity()) + "）"));
				section.paragraphs().forEach(this::paragraph);
			}
		}
		line("");
		line(paint(BOLD, DiffSummary.line(diff)));
		return out.toString();
	}

	private void cell(CellChange cell) {
		String delta = DiffSummary.delta(cell);
		line("  " + cell.name() + ": " + paint(RED, cell.oldValue()) + " → " + paint(GREEN, cell.newValue())
				+ (delta == null ? "" : " (" + delta + ")"));
	}

	private void finding(String mark, String colourCode, FindingChange f) {
		line("  " + paint(colourCode, mark + f.code() + " " + f.placeName()) + " " + f.severity() + ": " + f.message()
				+ "（第 " + f.line() + " 行）");
	}

	private void paragraph(ParagraphChange p) {
		if (p.oldText() == null) {
			line("    " + paint(GREEN, "+ " + p.newText()));
		} else if (p.newText() == null) {
			line("    " + paint(RED, "− " + p.oldText()));
		} else {
			StringBuilder text = new StringBuilder("    ~ ");
			for (Segment s : p.segments()) {
				switch (s.kind()) {
				case EQUAL -> text.append(s.text());
				case DELETE -> text.append(colour ? RED + s.text() + RESET : "[-" + s.text() + "-]");
				case INSERT -> text.append(colour ? GREEN + s.text() + RESET : "{+" + s.text() + "+}");
				}
			}
			line(text.toString());
		}
	}

	private void heading(String text) {
		line("");
		line(paint(BOLD, text));
	}

	private String paint(String code, String text) {
		return colour ? code + text + RESET : text;
	}

	private void line(String text) {
		out.append(text).append('\n');
	}
}
