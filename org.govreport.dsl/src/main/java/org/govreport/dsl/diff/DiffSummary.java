package org.govreport.dsl.diff;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** The words every rendering of a diff shares: the summary line, a change's delta, a similarity. */
final class DiffSummary {

	private DiffSummary() {
	}

	/** {@code 报告头 1 项，单元格 3 个，…}, or that nothing changed. */
	static String line(ReportDiff diff) {
		if (diff.isEmpty()) {
			return "没有实质改动（空白和注释不计）";
		}
		List<String> parts = new ArrayList<>();
		if (!diff.head().isEmpty()) {
			parts.add("报告头 " + diff.head().size() + " 项");
		}
		if (diff.cellCount() > 0) {
			parts.add("单元格 " + diff.cellCount() + " 个");
		}
		if (diff.rowCount() > 0) {
			parts.add("行 " + diff.rowCount() + " 行");
		}
		if (!diff.findings().isEmpty()) {
			parts.add("检查结果 新增 " + diff.findings().appeared().size() + " 条、消失 "
					+ diff.findings().disappeared().size() + " 条");
		}
		if (!diff.prose().isEmpty()) {
			parts.add("正文 " + diff.paragraphCount() + " 段");
		}
		return "改动：" + String.join("，", parts);
	}

	/** {@code +1, +33.3%}, {@code -2}, or null when the values are not both numbers. */
	static String delta(CellChange cell) {
		if (cell.delta() == null) {
			return null;
		}
		String delta = signed(cell.delta());
		return cell.percent() == null ? delta : delta + ", " + signed(cell.percent()) + "%";
	}

	/** A similarity of 0.973 as {@code 97.3%}. */
	static String percent(BigDecimal similarity) {
		return similarity.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
	}

	/** A head field's value, or that the report leaves it out. */
	static String orNone(String value) {
		return value == null ? "（无）" : value;
	}

	private static String signed(BigDecimal value) {
		return (value.signum() > 0 ? "+" : "") + value.toPlainString();
	}
}
