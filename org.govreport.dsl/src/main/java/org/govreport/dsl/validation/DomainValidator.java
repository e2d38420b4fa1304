package org.govreport.dsl.validation;

import java.math.BigDecimal;

import org.eclipse.xtext.validation.Check;
import org.govreport.dsl.form.CellRef;
import org.govreport.dsl.govReport.Cell;

/**
 * R5: what a cell may hold, by its column's kind in the form; and that no cell is left unknown (?). A
 * blank (空) counts as 0, which every column allows; the structure checks warn about it (S16).
 */
public class DomainValidator extends ReportCheck {

	/** The fee is stated in 万元: six decimals reach one fen (0.01 元). */
	static final int MAX_DECIMALS = 6;

	@Check
	public void domain(Cell cell) {
		CellRef ref = resolved(cell).cellRef(cell).orElse(null);
		if (ref == null) {
			return; // a cell beyond its row's columns, or in an unknown row: the structure checks say so
		}
		String problem = problem(ref, cell);
		if (problem != null) {
			error(problem, cell, null, IssueCodes.DOMAIN);
		}
	}

	private static String problem(CellRef ref, Cell cell) {
		if (cell.isUnknown()) {
			return ref.name() + " 的数值未知（?）：发布前请填写实际数字，没有的填 0";
		}
		if (cell.isBlank()) {
			return null;
		}
		BigDecimal value = cell.getValue();
		String rule = switch (ref.column().kind()) {
		case COUNT -> value.signum() < 0 || value.scale() > 0 ? " 应为不小于 0 的整数" : null;
		case SIGNED -> value.scale() > 0 ? " 应为整数（可为负数）" : null;
		case DECIMAL -> value.signum() < 0 ? " 不能为负数"
				: value.scale() > MAX_DECIMALS ? " 最多保留 " + MAX_DECIMALS + " 位小数" : null;
		};
		return rule == null ? null : ref.name() + rule + "，实际为 " + value.toPlainString();
	}
}
