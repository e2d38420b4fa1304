package org.govreport.dsl.ide.completion;

import java.util.List;
import java.util.stream.Collectors;

import org.govreport.dsl.form.ColumnSpec;
import org.govreport.dsl.form.Form;
import org.govreport.dsl.form.RowSpec;
import org.govreport.dsl.form.SectionSpec;
import org.govreport.dsl.form.TableSpec;

/**
 * Empty tables and a whole empty report, written from the form model with every cell at zero, as
 * LSP/VS Code snippets. Completion inserts them, and the VS Code extension's snippet file is
 * generated from {@link #report(Form)} at build time, so neither can drift from forms.json.
 */
public final class FormTemplates {

	private FormTemplates() {
	}

	/** The body of a table: a header line per column block, then every row with zeros. */
	public static String table(TableSpec table, String indent) {
		StringBuilder out = new StringBuilder();
		List<ColumnSpec> columns = null;
		for (RowSpec row : table.rows()) {
			if (!row.columns().equals(columns)) {
				columns = row.columns();
				out.append(indent).append(table.corner()).append("：")
						.append(columns.stream().map(ColumnSpec::label).collect(Collectors.joining(" "))).append('\n');
			}
			out.append(indent).append(row.label());
			row.columns().forEach(c -> out.append(" 0"));
			out.append('\n');
		}
		return out.toString();
	}

	/** A table with its braces, as a snippet body. */
	public static String tableSnippet(TableSpec table) {
		return "{\n" + escape(table(table, "  ")) + "}$0";
	}

	/** A whole report skeleton as a snippet: header fields as tab stops, every section, every row at zero. */
	public static String report(Form form) {
		StringBuilder out = new StringBuilder();
		out.append("报告 \"${1:机关名称}\" 年度 ${2:2025} 格式 ").append(form.format()).append('\n');
		out.append("发布日期 ${3:2026-01-20}\n\n");
		out.append("前言 「${4:根据《中华人民共和国政府信息公开条例》编制本报告。}」\n");
		int stop = 5;
		for (SectionSpec section : form.sections()) {
			out.append('\n').append(section.heading());
			if (section.table() == null) {
				out.append(" 「\n${").append(stop++).append("}\n」\n");
			} else {
				out.append(" {\n").append(escape(table(form.table(section.table()).orElseThrow(), "  "))).append("}\n");
			}
		}
		return out.append("$0").toString();
	}

	/** Snippet syntax reserves $, } and \ ; form labels never contain them, but escape to be safe. */
	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("$", "\\$").replace("}", "\\}");
	}
}
