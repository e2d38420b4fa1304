package org.govreport.dsl.service;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.govreport.dsl.formatting2.DisplayWidth;
import org.govreport.dsl.region.Lateness;
import org.govreport.dsl.region.RegionFinding;
import org.govreport.dsl.region.ReportVerdict;
import org.govreport.dsl.report.Indicators;
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
			AuditTotals totals = new AuditTotals();
			for (int i = 0; i < audit.reports().size(); i++) {
				AuditRow row = AuditRow.of(audit, i);
				totals.add(row);
				GSON.toJson(GSON.toJsonTree(record(row, audit.findings(i))), json);
			}
			json.endArray().name("region");
			GSON.toJson(GSON.toJsonTree(audit.across().region()), json);
			json.name("totals");
			GSON.toJson(GSON.toJsonTree(totals.region(audit.across().region()).map()), json);
			json.endObject().flush();
			out.println();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Every finding, the reports' own and the audit's across reports, then the files that could not be read, as
	 * {@code check --format json} prints them.
	 */
	public void findings(PrintWriter out) {
		new JsonFindings().write(audit.findings(),
				audit.reports().stream().map(AuditedReport::failed).filter(Objects::nonNull).toList(), out);
	}

	public void csv(PrintWriter out) {
		out.println(String.join(",", CSV_COLUMNS));
		for (int i = 0; i < audit.reports().size(); i++) {
			AuditRow row = AuditRow.of(audit, i);
			Map<String, Object> r = record(row, List.of());
			@SuppressWarnings("unchecked")
			Map<String, Object> indicators = (Map<String, Object>) r.getOrDefault("indicators", Map.of());
			List<String> cells = new ArrayList<>();
			for (String column : CSV_COLUMNS) {
				Object value = switch (column) {
				case "unreadable_cells" -> r.get("unreadableCells");
				case "codes" -> codes(row.codes());
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

	/**
	 * One line per report, columns aligned (Chinese characters count as two), then the findings across reports
	 * and the totals. The reports are gone through twice, first for the columns' widths, so that no line waits
	 * in memory.
	 */
	public void text(PrintWriter out) {
		List<String> head = List.of("文件", "机关", "年度", "格式", "错误", "警告", "无法读取", "发布", "规则");
		int[] widths = new int[head.size()];
		widen(widths, head);
		for (int i = 0; i < audit.reports().size(); i++) {
			widen(widths, cells(AuditRow.of(audit, i)));
		}
		printAligned(head, widths, out);
		AuditTotals totals = new AuditTotals();
		for (int i = 0; i < audit.reports().size(); i++) {
			AuditRow row = AuditRow.of(audit, i);
			totals.add(row);
			printAligned(cells(row), widths, out);
		}
		acrossInOrder(out);
		Map<String, Object> t = totals.region(audit.across().region()).map();
		out.println("合计：" + t.get("reports") + " 份报告，" + t.get("withErrors") + " 份有错误，" + t.get("unreadableFiles")
				+ " 份无法导入；错误 " + t.get("errors") + " 个，警告 " + t.get("warnings") + " 个，无法读取的单元格 "
				+ t.get("unreadableCells") + " 个；配对 " + t.get("pairs") + " 对" + (((Map<?, ?>) t.get("codes")).isEmpty() ? ""
						: "；按规则：" + codes(castCodes(t.get("codes")))));
	}

	private static List<String> cells(AuditRow row) {
		AuditedReport r = row.report();
		return List.of(r.path(), r.failure() != null ? "无法导入：" + r.failure() : r.organ(),
				r.year() == 0 ? "" : Integer.toString(r.year()), r.format(), Integer.toString(row.errors()),
				Integer.toString(row.warnings()), Integer.toString(r.unreadable()),
				row.verdict() == null ? "" : lateness(row.verdict().lateness()), codes(row.codes()));
	}

	/**
	 * The findings across reports sorted by file, line, column, code and message, the reports' verdicts made
	 * one file at a time in the order of their paths and merged with the region's findings.
	 */
	private void acrossInOrder(PrintWriter out) {
		List<RegionFinding> region = audit.across().region().stream().sorted(ACROSS_ORDER).toList();
		Integer[] byPath = new Integer[audit.reports().size()];
		Arrays.setAll(byPath, i -> i);
		Arrays.sort(byPath, Comparator.comparing(i -> audit.reports().get(i).path()));
		int next = 0;
		boolean any = false;
		for (int k = 0; k < byPath.length;) {
			String path = audit.reports().get(byPath[k]).path();
			List<RegionFinding> here = new ArrayList<>();
			for (; k < byPath.length && audit.reports().get(byPath[k]).path().equals(path); k++) {
				ReportVerdict v = audit.verdict(byPath[k]);
				if (v != null) {
					here.addAll(v.findings());
				}
			}
			for (; next < region.size() && region.get(next).path().compareTo(path) <= 0; next++) {
				here.add(region.get(next));
			}
			here.sort(ACROSS_ORDER);
			for (RegionFinding f : here) {
				any = printAcross(f, any, out);
			}
		}
		for (; next < region.size(); next++) {
			any = printAcross(region.get(next), any, out);
		}
	}

	/** One finding across reports; the heading before the first. */
	private static boolean printAcross(RegionFinding f, boolean headed, PrintWriter out) {
		if (!headed) {
			out.println();
			out.println("跨报告检查（配对、名册、发布时限、雷同）：");
		}
		out.println(f.path() + ":" + f.line() + ":" + f.column() + ": " + f.severity() + ": " + f.message() + " [" + f.code() + "]");
		return true;
	}

	private static void widen(int[] widths, List<String> row) {
		for (int i = 0; i < row.size(); i++) {
			widths[i] = Math.max(widths[i], DisplayWidth.of(row.get(i)));
		}
	}

	private static void printAligned(List<String> row, int[] widths, PrintWriter out) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < row.size(); i++) {
			String cell = row.get(i);
			String pad = " ".repeat(widths[i] - DisplayWidth.of(cell));
			boolean number = i >= 4 && i <= 6;
			line.append(number ? pad + cell : cell + (i < row.size() - 1 ? pad : "")).append(i < row.size() - 1 ? "  " : "");
		}
		out.println(line.toString().stripTrailing());
	}

	/** One report's fields for JSON and CSV, with the findings given (its own). */
	private static Map<String, Object> record(AuditRow row, List<Finding> own) {
		AuditedReport r = row.report();
		ReportVerdict v = row.verdict();
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("path", r.path());
		m.put("kind", r.kind());
		m.put("organ", r.organ());
		m.put("year", r.year() == 0 ? null : r.year());
		m.put("format", r.format());
		m.put("errors", row.errors());
		m.put("warnings", row.warnings());
		m.put("unreadableCells", r.unreadable());
		m.put("codes", row.codes());
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
		List<Object> findings = new ArrayList<>(own);
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
