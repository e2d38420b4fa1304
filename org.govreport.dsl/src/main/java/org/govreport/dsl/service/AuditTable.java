package org.govreport.dsl.service;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.govreport.dsl.formatting2.DisplayWidth;

import com.google.gson.GsonBuilder;

/** An audit's lines and totals as a terminal table, CSV or JSON. */
public final class AuditTable {

	private final List<AuditLine> lines;

	public AuditTable(List<AuditLine> lines) {
		this.lines = lines;
	}

	public void json(PrintWriter out) {
		out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create()
				.toJson(Map.of("reports", lines, "totals", totals())));
	}

	public void csv(PrintWriter out) {
		out.println("path,organ,year,format,errors,warnings,unreadable_cells,codes,failure");
		for (AuditLine l : lines) {
			out.println(String.join(",", csvField(l.path()), csvField(l.organ()), Integer.toString(l.year()),
					l.format(), Integer.toString(l.errors()), Integer.toString(l.warnings()),
					Integer.toString(l.unreadable()), csvField(codes(l.codes())), csvField(l.failure() == null ? "" : l.failure())));
		}
	}

	/** One line per report, columns aligned (Chinese characters count as two), then the totals. */
	public void text(PrintWriter out) {
		List<List<String>> table = new ArrayList<>();
		table.add(List.of("文件", "机关", "年度", "格式", "错误", "警告", "无法读取", "规则"));
		for (AuditLine l : lines) {
			table.add(List.of(l.path(), l.failure() != null ? "无法导入：" + l.failure() : l.organ(),
					l.year() == 0 ? "" : Integer.toString(l.year()), l.format(), Integer.toString(l.errors()),
					Integer.toString(l.warnings()), Integer.toString(l.unreadable()), codes(l.codes())));
		}
		int[] widths = new int[8];
		table.forEach(row -> {
			for (int i = 0; i < row.size(); i++) {
				widths[i] = Math.max(widths[i], DisplayWidth.of(row.get(i)));
			}
		});
		for (List<String> row : table) {
			StringBuilder line = new StringBuilder();
			for (int i = 0; i < row.size(); i++) {
				String cell = row.get(i);
				String pad = " ".repeat(widths[i] - DisplayWidth.of(cell));
				boolean number = i >= 4 && i <= 6;
				line.append(number ? pad + cell : cell + (i < row.size() - 1 ? pad : "")).append(i < row.size() - 1 ? "  " : "");
			}
			out.println(line.toString().stripTrailing());
		}
		Map<String, Object> t = totals();
		@SuppressWarnings("unchecked")
		Map<String, Integer> codes = (Map<String, Integer>) t.get("codes");
		out.println("合计：" + t.get("reports") + " 份报告，" + t.get("withErrors") + " 份有错误，" + t.get("unreadableFiles")
				+ " 份无法导入；错误 " + t.get("errors") + " 个，警告 " + t.get("warnings") + " 个，无法读取的单元格 "
				+ t.get("unreadableCells") + " 个" + (codes.isEmpty() ? "" : "；按规则：" + codes(codes)));
	}

	private Map<String, Object> totals() {
		Map<String, Integer> codes = new TreeMap<>();
		lines.forEach(l -> l.codes().forEach((code, n) -> codes.merge(code, n, Integer::sum)));
		return Map.of("reports", lines.size(), "withErrors", lines.stream().filter(l -> l.errors() > 0).count(),
				"unreadableFiles", lines.stream().filter(l -> l.failure() != null).count(),
				"errors", lines.stream().mapToInt(AuditLine::errors).sum(), "warnings", lines.stream().mapToInt(AuditLine::warnings).sum(),
				"unreadableCells", lines.stream().mapToInt(AuditLine::unreadable).sum(), "codes", codes);
	}

	private static String codes(Map<String, Integer> codes) {
		return codes.entrySet().stream().map(e -> e.getKey() + "×" + e.getValue()).collect(Collectors.joining(" "));
	}

	private static String csvField(String value) {
		return value.matches(".*[,\"\\r\\n].*") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
	}
}
