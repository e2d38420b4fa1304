package org.govreport.dsl.notice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A rectification notice (整改通知) to one organ about its report: every finding with where it is, the number
 * expected and the number written (for a sum that does not hold), the rule and its basis, and the deadline.
 * Its wording lives here, so that the DOCX and the HTML say the same.
 *
 * @param organ    the organ addressed
 * @param year     the report's year
 * @param report   the report's file, as the office named it
 * @param office   the office that sends the notice
 * @param deadline the date by which to correct, or null when the office sets none
 * @param issued   the notice's date
 * @param items    the findings, in the report's order
 */
public record Notice(String organ, int year, String report, String office, LocalDate deadline, LocalDate issued,
		List<Item> items) {

	/**
	 * One finding.
	 *
	 * @param code     its rule's code (R2)
	 * @param error    an error (else a warning, to look at)
	 * @param line     the line of the report
	 * @param section  the section's heading where it is, or null
	 * @param cell     the cell's official label (row · column), or null outside a table
	 * @param expected the number the cell should hold for its sums to add up, or null
	 * @param actual   the number written there, or null (none, or ?)
	 * @param rule     what is wrong, as check says it
	 * @param basis    the legal basis
	 */
	public record Item(String code, boolean error, int line, String section, String cell, BigDecimal expected,
			BigDecimal actual, String rule, String basis) {

		/** Where it is: section, cell and line. */
		public String place() {
			String where = Stream.of(section, cell).filter(Objects::nonNull).collect(Collectors.joining("，"));
			return where.isEmpty() ? "第" + line + "行" : where + "（第" + line + "行）";
		}

		public String severity() {
			return error ? "错误" : "提示";
		}
	}

	public String title() {
		return "关于" + year + "年度政府信息公开工作年度报告问题的整改通知";
	}

	/** The addressee line: 主送机关. */
	public String addressee() {
		return organ.isBlank() ? "有关单位：" : organ + "：";
	}

	public String opening() {
		long errors = items.stream().filter(Item::error).count();
		return "经检查，你单位" + year + "年度政府信息公开工作年度报告（" + report + "）有" + errors + "处错误"
				+ (items.size() > errors ? "、" + (items.size() - errors) + "处需核实的问题" : "") + "，详见下表。";
	}

	public String closing() {
		String by = deadline == null ? "请尽快" : "请于" + chinese(deadline) + "前";
		return by + "逐项改正，重新检查无误后更新发布，并将整改情况报送" + office + "。";
	}

	public String issuedText() {
		return chinese(issued);
	}

	/** 2026年1月31日 */
	public static String chinese(LocalDate date) {
		return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

	/** The table's column headings, in the order both documents print them. */
	public static List<String> headings() {
		return List.of("序号", "位置", "应为", "实为", "问题", "依据");
	}

	/** An item's cells under {@link #headings()}. */
	public static List<String> cells(int number, Item item) {
		return List.of(String.valueOf(number), item.place(), number(item.expected()), number(item.actual()),
				item.severity() + "：" + item.rule() + "［" + item.code() + "］", item.basis());
	}

	private static String number(BigDecimal value) {
		return value == null ? "" : value.toPlainString();
	}
}
