package org.govreport.dsl.overview;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.govreport.dsl.export.HtmlText;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/**
 * The office's overview page: one self-contained HTML file (styles, Apache ECharts and the page's script
 * inline, nothing fetched) with a sortable, filterable table of every report — written out in the page, so
 * it reads and prints without scripts — and three charts drawn from figures computed here.
 */
public final class OverviewPage {

	/** How many organs the stacked bars show (those with the most requests); the table shows them all. */
	static final int BAR_ORGANS = 30;
	/** How many organs the line chart follows over the years. */
	static final int LINE_ORGANS = 10;

	private static final String RESOURCES = "/org/govreport/dsl/overview/";

	private static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

	private OverviewPage() {
	}

	/** The page, with {@code generated} as the date it says it was made. */
	public static byte[] write(List<OverviewRow> rows, String generated) {
		StringBuilder html = new StringBuilder(4096 + rows.size() * 700);
		long errors = rows.stream().filter(r -> r.errors() > 0).count();
		long unread = rows.stream().filter(r -> r.failure() != null).count();
		long late = rows.stream().filter(r -> Boolean.TRUE.equals(r.late())).count();
		html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n")
				.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
				.append("<title>政府信息公开工作年度报告总览</title>\n")
				// First of all scripts: any error of the page is kept where a test or a person can read it.
				.append("<script>window.addEventListener('error',function(e){var d=document.documentElement;")
				.append("d.setAttribute('data-errors',(d.getAttribute('data-errors')||'')+e.message+'\\n');});</script>\n")
				.append("<style>\n").append(resource("overview.css")).append("</style>\n</head>\n<body>\n<header>\n")
				.append("<h1>政府信息公开工作年度报告总览</h1>\n<p class=\"summary\">共 ").append(rows.size()).append(" 份报告：")
				.append(errors).append(" 份有错误，").append(unread).append(" 份无法读取，").append(late)
				.append(" 份逾期发布。生成于 ").append(HtmlText.escape(generated)).append("。</p>\n</header>\n<main>\n");
		html.append("<section class=\"charts\">\n")
				.append(chart("chart-outcomes", "各机关依申请公开办理结果（本年新收最多的 " + BAR_ORGANS + " 个机关）", true))
				.append(chart("chart-years", "各机关历年本年新收申请数（最多的 " + LINE_ORGANS + " 个机关）", false))
				.append(chart("chart-codes", "各规则发现的问题数", false)).append("</section>\n");
		table(html, rows);
		html.append("</main>\n<script type=\"application/json\" id=\"overview-data\">")
				.append(GSON.toJson(data(rows)).replace("</", "<\\/")).append("</script>\n<script>\n")
				.append(resource("echarts.min.js")).append("\n</script>\n<script>\n").append(resource("overview.js"))
				.append("</script>\n</body>\n</html>\n");
		return html.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static String chart(String id, String title, boolean wide) {
		return "<div class=\"chart" + (wide ? " wide" : "") + "\"><h2>" + HtmlText.escape(title) + "</h2><div class=\"plot\" id=\""
				+ id + "\" role=\"img\" aria-label=\"" + HtmlText.escape(title) + "\"></div></div>\n";
	}

	private static void table(StringBuilder html, List<OverviewRow> rows) {
		html.append("<h2>各机关报告</h2>\n<div class=\"filters\"><input id=\"filter\" type=\"search\" placeholder=\"筛选：机关、年度、规则代码……\">")
				.append("<select id=\"status\"><option value=\"\">全部状态</option>");
		for (String status : List.of("有错误", "有警告", "无问题", "无法读取")) {
			html.append("<option>").append(status).append("</option>");
		}
		html.append("</select><span id=\"count\"></span></div>\n<table id=\"reports\">\n<thead><tr>");
		String[][] headings = { { "机关", "text" }, { "年度", "num" }, { "状态", "text" }, { "错误", "num" }, { "警告", "num" },
				{ "问题（规则×次数）", "text" }, { "本年新收", "num" }, { "实质公开率", "num" }, { "行政复议", "num" },
				{ "行政诉讼", "num" }, { "发布日期", "text" }, { "逾期", "text" } };
		for (String[] heading : headings) {
			html.append("<th data-type=\"").append(heading[1]).append("\">").append(heading[0]).append("</th>");
		}
		html.append("</tr></thead>\n<tbody>\n");
		for (OverviewRow row : rows) {
			html.append("<tr data-status=\"").append(row.status()).append("\"><td>");
			String name = HtmlText.escape(row.organ().isBlank() ? row.file() : row.organ());
			if (row.link() != null) {
				html.append("<a href=\"").append(HtmlText.escape(row.link())).append("\">").append(name).append("</a>");
			} else {
				html.append(name);
			}
			if (row.failure() != null) {
				html.append("<br><small>").append(HtmlText.escape(row.failure())).append("</small>");
			}
			html.append("</td>");
			number(html, row.year() == 0 ? null : BigDecimal.valueOf(row.year()));
			html.append("<td class=\"status\">").append(row.status()).append("</td>");
			number(html, BigDecimal.valueOf(row.errors()));
			number(html, BigDecimal.valueOf(row.warnings()));
			html.append("<td class=\"codes\">").append(row.codes().entrySet().stream().map(e -> e.getKey() + "×" + e.getValue())
					.collect(Collectors.joining(" "))).append("</td>");
			number(html, row.requests());
			html.append("<td class=\"num\" data-v=\"").append(row.disclosureRate() == null ? "" : row.disclosureRate().toPlainString())
					.append("\">").append(percent(row.disclosureRate())).append("</td>");
			number(html, row.reviews());
			number(html, row.lawsuits());
			html.append("<td>").append(row.published() == null ? "未载明" : row.published().toString()).append("</td>");
			Boolean late = row.late();
			html.append(late == null ? "<td>—</td>" : late ? "<td class=\"late\">逾期（应于 " + row.deadline() + " 前）</td>" : "<td>按期</td>");
			html.append("</tr>\n");
		}
		html.append("</tbody>\n</table>\n");
	}

	private static void number(StringBuilder html, BigDecimal value) {
		String text = value == null ? "" : value.toPlainString();
		html.append("<td class=\"num\" data-v=\"").append(text).append("\">").append(value == null ? "—" : text).append("</td>");
	}

	/** A share as per cent with one decimal (docs/indicators.md): 0.8571 → 85.7%. */
	static String percent(BigDecimal share) {
		return share == null ? "—" : share.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
	}

	/** The charts' figures. */
	private static Map<String, Object> data(List<OverviewRow> rows) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("outcomes", outcomes(rows));
		data.put("years", years(rows));
		Map<String, Integer> codes = new TreeMap<>();
		rows.forEach(r -> r.codes().forEach((code, n) -> codes.merge(code, n, Integer::sum)));
		data.put("codes", Map.of("codes", List.copyOf(codes.keySet()), "counts", List.copyOf(codes.values())));
		return data;
	}

	/** Stacked bars: the latest year's reports with the most requests, their outcomes by kind. */
	private static Map<String, Object> outcomes(List<OverviewRow> rows) {
		int latest = rows.stream().mapToInt(OverviewRow::year).max().orElse(0);
		List<OverviewRow> top = rows.stream().filter(r -> r.year() == latest && r.failure() == null)
				.sorted(Comparator.comparing((OverviewRow r) -> r.requests() == null ? BigDecimal.ZERO : r.requests()).reversed())
				.limit(BAR_ORGANS).toList();
		Set<String> kinds = new LinkedHashSet<>();
		top.forEach(r -> kinds.addAll(r.outcomes().keySet()));
		List<List<BigDecimal>> values = new ArrayList<>();
		for (String kind : kinds) {
			values.add(top.stream().map(r -> r.outcomes().get(kind)).toList());
		}
		return Map.of("organs", top.stream().map(r -> r.organ().isBlank() ? r.file() : r.organ()).toList(), "kinds",
				List.copyOf(kinds), "values", values);
	}

	/** Lines: 本年新收 of the organs with the most requests over all years, year by year (null where no report). */
	private static Map<String, Object> years(List<OverviewRow> rows) {
		Set<Integer> years = new TreeSet<>();
		Map<String, Map<Integer, BigDecimal>> byOrgan = new LinkedHashMap<>();
		for (OverviewRow row : rows) {
			if (row.failure() == null && row.year() > 0 && row.requests() != null && !row.organ().isBlank()) {
				years.add(row.year());
				byOrgan.computeIfAbsent(row.organ(), k -> new TreeMap<>()).merge(row.year(), row.requests(), BigDecimal::add);
			}
		}
		List<Map<String, Object>> organs = byOrgan.entrySet().stream()
				.sorted(Comparator.comparing((Map.Entry<String, Map<Integer, BigDecimal>> e) -> e.getValue().values().stream()
						.reduce(BigDecimal.ZERO, BigDecimal::add)).reversed())
				.limit(LINE_ORGANS).map(e -> {
					Map<String, Object> organ = new LinkedHashMap<>();
					organ.put("name", e.getKey());
					organ.put("values", years.stream().map(y -> e.getValue().get(y)).toList());
					return organ;
				}).toList();
		return Map.of("years", years.stream().map(String::valueOf).toList(), "organs", organs);
	}

	private static String resource(String name) {
		try (InputStream in = OverviewPage.class.getResourceAsStream(RESOURCES + name)) {
			if (in == null) {
				throw new IllegalStateException("the tool's file " + name + " is missing from its jar");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
