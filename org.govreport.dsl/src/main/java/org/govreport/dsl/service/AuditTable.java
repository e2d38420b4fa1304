package org.govreport.dsl.service;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.govreport.dsl.formatting2.DisplayWidth;
import org.govreport.dsl.region.Lateness;
import org.govreport.dsl.region.RegionFinding;
import org.govreport.dsl.region.ReportVerdict;
import org.govreport.dsl.report.Indicators;
import org.govreport.dsl.service.findings.CheckRun;
import org.govreport.dsl.service.findings.JsonFindings;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.stream.JsonWriter;

/**
 * A region audit as a terminal table, CSV, JSON, or the list of findings in the format of
 * {@code check --format json}. Reports are written one at a time, so the output of a large region is not
 * built in memory first.
 */
public final class AuditTable {

	private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();
	private static final String[] CSV_COLUMNS = { "path", "kind", "organ", "year", "format", "errors", "warnings",
			"unreadable_cells", "codes", "published", "deadline", "lateness", "last_year", "requests", "handled",
			"disclosure_rate", "review_correction_rate", "lawsuit_correction_rate", "requests_change", "failure" };

	private static final Comparator<RegionFinding> ACROSS_ORDER = Comparator.comparing(RegionFinding::path)
			.thenComparingInt(RegionFinding::line).thenComparingInt(RegionFinding::column).thenComparing(RegionFinding::code)
			.thenComparing(RegionFinding::message);

	private final RegionAudit audit;

	public AuditTable(RegionAudit audit) {
		this.audit = audit;
	}

	/** {@code {"reports": [...], "region": [...], "totals": {...}}}; the fields are described in docs/audit.md. */
	public void json(PrintWriter out) {
		try {
			JsonWriter json = new JsonWriter(out);
			json.setIndent("  ");
			json.beginObject().name("reports").beginArray();
			for (int i = 0; i < audit.reports().size(); i++) {
				GSON.toJson(GSON.toJsonTree(record(i)), json);
			}
			json.endArray().name("region");
			GSON.toJson(GSON.toJsonTree(audit.across().region()), json);
			json.name("totals");
			GSON.toJson(GSON.toJsonTree(totals()), json);
			json.endObject().flush();
			out.println();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Every finding, the reports' own and the audit's across reports, as {@code check --format json} prints them. */
	public void findings(PrintWriter out) {
		new JsonFindings().write(new CheckRun(audit.reports().size(), audit.findings(), List.of()), out);
	}

	public void csv(PrintWriter out) {
		out.println(String.join(",", CSV_COLUMNS));
		for (int i = 0; i < audit.reports().size(); i++) {
			Map<String, Object> r = record(i);
			@SuppressWarnings("unchecked")
			Map<String, Object> indicators = (Map<String, Object>) r.getOrDefault("indicators", Map.of());
			List<String> cells = new ArrayList<>();
			for (String column : CSV_COLUMNS) {
				Object value = switch (column) {
				case "unreadable_cells" -> r.get("unreadableCells");
				case "codes" -> codes(codesOf(i));
				case "last_year" -> r.get("lastYear");
				case "requests", "handled" -> indicators.get(column);
				case "disclosure_rate" -> indicators.get("disclosureRate");
				case "review_correction_rate" -> indicators.get("reviewCorrectionRate");
				case "lawsuit_correction_rate" -> indicators.get("lawsuitCorrectionRate");
				case "requests_change" -> indicators.get("requestsChange");
				default -> r.get(column);
				};
				cells.add(value == null ? "" : csvField(value.toString()));
			}
			out.println(String.join(",", cells));
		}
	}

	/** One line per report, columns aligned (Chinese characters count as two), then the findings across reports and the totals. */
	public void text(PrintWriter out) {
		List<List<String>> table = new ArrayList<>();
		table.add(List.of("文件", "机关", "年度", "格式", "错误", "警告", "无法读取", "发布", "规则"));
		for (int i = 0; i < audit.reports().size(); i++) {
			AuditedReport r = audit.reports().get(i);
			ReportVerdict v = audit.verdict(i);
			table.add(List.of(r.path(), r.failure() != null ? "无法导入：" + r.failure() : r.organ(),
					r.year() == 0 ? "" : Integer.toString(r.year()), r.format(), Integer.toString(r.errors() + errors(v)),
					Integer.toString(r.warnings() + warnings(v)), Integer.toString(r.unreadable()),
					v == null ? "" : lateness(v.lateness()), codes(codesOf(i))));
		}
		printAligned(table, out);
		List<RegionFinding> across = audit.acrossFindings().toList();
		if (!across.isEmpty()) {
			out.println();
			out.println("跨报告检查（配对、名册、发布时限、雷同）：");
			across.stream().sorted(ACROSS_ORDER).map(f -> f.path() + ":" + f.line() + ":" + f.column() + ": " + f.severity() + ": "
					+ f.message() + " [" + f.code() + "]").forEach(out::println);
		}
		Map<String, Object> t = totals();
		out.println("合计：" + t.get("reports") + " 份报告，" + t.get("withErrors") + " 份有错误，" + t.get("unreadableFiles")
				+ " 份无法导入；错误 " + t.get("errors") + " 个，警告 " + t.get("warnings") + " 个，无法读取的单元格 "
				+ t.get("unreadableCells") + " 个；配对 " + t.get("pairs") + " 对" + (((Map<?, ?>) t.get("codes")).isEmpty() ? ""
						: "；按规则：" + codes(castCodes(t.get("codes")))));
	}

	private static void printAligned(List<List<String>> table, PrintWriter out) {
		int[] widths = new int[table.get(0).size()];
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
	}

	/** One report's fields for JSON and CSV. */
	private Map<String, Object> record(int i) {
		AuditedReport r = audit.reports().get(i);
		ReportVerdict v = audit.verdict(i);
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("path", r.path());
		m.put("kind", r.kind());
		m.put("organ", r.organ());
		m.put("year", r.year() == 0 ? null : r.year());
		m.put("format", r.format());
		m.put("errors", r.errors() + errors(v));
		m.put("warnings", r.warnings() + warnings(v));
		m.put("unreadableCells", r.unreadable());
		m.put("codes", codesOf(i));
		m.put("failure", r.failure());
		m.put("published", r.facts() == null ? null : r.facts().date());
		m.put("deadline", v == null ? null : v.deadline().toString());
		m.put("lateness", v == null ? null : v.lateness().name().toLowerCase(java.util.Locale.ROOT));
		m.put("lastYear", v == null ? null : v.lastYear());
		if (r.facts() != null) {
			Indicators ind = r.facts().indicators();
			Map<String, Object> indicators = new LinkedHashMap<>();
			indicators.put("requests", plain(ind.requests()));
			indicators.put("handled", plain(ind.handled()));
			indicators.put("disclosureRate", plain(ind.disclosureRate()));
			indicators.put("reviewCorrectionRate", plain(ind.reviewCorrectionRate()));
			indicators.put("lawsuitCorrectionRate", plain(ind.lawsuitCorrectionRate()));
			indicators.put("requestsChange", v == null ? null : plain(Optional.ofNullable(v.requestsChange())));
			m.put("indicators", indicators);
		}
		m.put("sharedWithLastYear", v == null ? Map.of() : v.sharedWithLastYear());
		List<Object> findings = new ArrayList<>(r.findings());
		if (v != null) {
			findings.addAll(v.findings());
		}
		m.put("findings", findings);
		return m;
	}

	/** A decimal as JSON and CSV print it: plain digits, never 1E+1. */
	private static BigDecimal plain(Optional<BigDecimal> value) {
		return value.map(BigDecimal::stripTrailingZeros).map(d -> d.scale() < 0 ? d.setScale(0) : d).orElse(null);
	}

	private Map<String, Integer> codesOf(int i) {
		Map<String, Integer> codes = new TreeMap<>(audit.reports().get(i).codes());
		ReportVerdict v = audit.verdict(i);
		if (v != null) {
			v.findings().forEach(f -> codes.merge(f.code(), 1, Integer::sum));
		}
		return codes;
	}

	private Map<String, Object> totals() {
		Map<String, Integer> codes = new TreeMap<>();
		int errors = 0;
		int warnings = 0;
		int withErrors = 0;
		for (int i = 0; i < audit.reports().size(); i++) {
			codesOf(i).forEach((code, n) -> codes.merge(code, n, Integer::sum));
			AuditedReport r = audit.reports().get(i);
			int e = r.errors() + errors(audit.verdict(i));
			errors += e;
			warnings += r.warnings() + warnings(audit.verdict(i));
			withErrors += e > 0 ? 1 : 0;
		}
		for (RegionFinding f : audit.across().region()) {
			codes.merge(f.code(), 1, Integer::sum);
			errors += f.isError() ? 1 : 0;
			warnings += f.isError() ? 0 : 1;
		}
		Map<String, Object> totals = new LinkedHashMap<>();
		totals.put("reports", audit.reports().size());
		totals.put("withErrors", withErrors);
		totals.put("unreadableFiles", audit.reports().stream().filter(r -> r.failure() != null).count());
		totals.put("errors", errors);
		totals.put("warnings", warnings);
		totals.put("unreadableCells", audit.reports().stream().mapToInt(AuditedReport::unreadable).sum());
		totals.put("pairs", audit.across().verdicts().stream().filter(v -> v != null && v.lastYear() != null).count());
		totals.put("codes", codes);
		return totals;
	}

	private static int errors(ReportVerdict v) {
		return v == null ? 0 : (int) v.findings().stream().filter(RegionFinding::isError).count();
	}

	private static int warnings(ReportVerdict v) {
		return v == null ? 0 : (int) v.findings().stream().filter(f -> !f.isError()).count();
	}

	private static String lateness(Lateness lateness) {
		return switch (lateness) {
		case ON_TIME -> "按时";
		case LATE -> "逾期";
		case UNKNOWN -> "未知";
		};
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Integer> castCodes(Object codes) {
		return (Map<String, Integer>) codes;
	}

	private static String codes(Map<String, Integer> codes) {
		return codes.entrySet().stream().map(e -> e.getKey() + "×" + e.getValue()).collect(Collectors.joining(" "));
	}

	private static String csvField(String value) {
		return value.matches("(?s).*[,\"\\r\\n].*") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
	}
}
