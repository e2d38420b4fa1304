package org.govreport.dsl.rollup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Which reports a roll-up sums: those of its year, one per organ, without errors. Any other is refused
 * with its reason, or with {@code force} summed all the same and still listed; a report of a format the tool
 * does not know cannot be summed at all. Reports of two format versions cannot be summed into one form.
 */
public final class RollupSelection {

	/** A report that is not summed, or summed only because the office forced it, and why. */
	public record Refusal(ReportFigures report, String reason) {
	}

	private final List<ReportFigures> included = new ArrayList<>();
	private final List<Refusal> refused = new ArrayList<>();
	private final List<Refusal> forced = new ArrayList<>();

	private RollupSelection() {
	}

	/** Sorts reports, in the order given, into summed and refused. */
	public static RollupSelection of(List<ReportFigures> reports, int year, boolean force) {
		RollupSelection selection = new RollupSelection();
		Map<String, ReportFigures> firstOfOrgan = new HashMap<>();
		for (ReportFigures report : reports) {
			if (!report.parsed()) {
				selection.refused.add(new Refusal(report, "有 " + report.errors() + " 个错误，其中有语法错误，无法读取表格（用 govreport check 查看）"));
				continue;
			}
			if (!report.known()) {
				selection.refused.add(new Refusal(report, "格式 " + report.format() + " 不是本工具认识的格式，无法汇总"));
				continue;
			}
			List<String> reasons = new ArrayList<>();
			if (report.year() != year) {
				reasons.add("年度为 " + report.year() + "，不是 " + year);
			}
			// Only reports of the year can be duplicates: last year's report of the same organ is just misplaced.
			ReportFigures first = report.organ().isBlank() || report.year() != year ? null
					: firstOfOrgan.putIfAbsent(report.organ(), report);
			if (first != null) {
				reasons.add("与 " + first.file() + " 是同一机关（" + report.organ() + "）的报告");
			}
			if (report.errors() > 0) {
				reasons.add("有 " + report.errors() + " 个错误");
			}
			if (reasons.isEmpty()) {
				selection.included.add(report);
			} else {
				Refusal refusal = new Refusal(report, String.join("；", reasons));
				(force ? selection.forced : selection.refused).add(refusal);
				if (force) {
					selection.included.add(report);
				}
			}
		}
		return selection;
	}

	/** The reports to sum, refused ones that were forced included. */
	public List<ReportFigures> included() {
		return included;
	}

	/** The reports left out, and why. */
	public List<Refusal> refused() {
		return refused;
	}

	/** The reports summed although they would have been refused (--force), and why. */
	public List<Refusal> forced() {
		return forced;
	}

	/** The formats of the reports to sum, each with how many; a roll-up needs exactly one. */
	public Map<String, Long> formats() {
		return included.stream().collect(Collectors.groupingBy(ReportFigures::format, TreeMap::new, Collectors.counting()));
	}

	/** Why the reports cannot be summed into one form, or null when they can: which format each has. */
	public String mixedFormats() {
		Map<String, Long> formats = formats();
		if (formats.size() < 2) {
			return null;
		}
		return "要汇总的报告格式不一致（" + formats.entrySet().stream().map(e -> "格式 " + e.getKey() + "：" + e.getValue() + " 份，如 "
				+ included.stream().filter(r -> r.format().equals(e.getKey())).findFirst().orElseThrow().file())
				.collect(Collectors.joining("；")) + "）：不同格式的表格不能逐格相加，请按格式分别汇总，或先把报告改为同一格式";
	}
}
