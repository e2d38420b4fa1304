package org.govreport.dsl.validation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.xtext.validation.Check;
import org.govreport.dsl.form.CellRef;
import org.govreport.dsl.form.ColumnSpec;
import org.govreport.dsl.form.Checks;
import org.govreport.dsl.form.Forms;
import org.govreport.dsl.form.RowSpec;
import org.govreport.dsl.form.TableSpec;
import org.govreport.dsl.govReport.Report;
import org.govreport.dsl.report.ResolvedReport;

import com.google.inject.Inject;

/** W3: numbers that are possible but unlikely for this organ, worth a second look. */
public class PlausibilityValidator extends ReportCheck {

	private Pattern localOrgan;

	@Inject
	void compileLocalOrgan(Forms forms) {
		localOrgan = Pattern.compile(forms.checks().plausibility().localOrgan());
	}

	@Check
	public void plausibility(Report report) {
		Checks.Plausibility rule = forms().checks().plausibility();
		ResolvedReport resolved = resolved(report);
		if (report.getOrgan() != null && localOrgan.matcher(report.getOrgan()).find()) {
			for (String rowId : rule.zeroForLocalOrgans()) {
				zeroForLocalOrgan(resolved, rowId);
			}
		}
		otherOutcomes(resolved, rule.otherOutcomes());
	}

	/** Towns, streets and county-level organs cannot make 规章 (only provinces, larger cities and ministries can). */
	private void zeroForLocalOrgan(ResolvedReport resolved, String tableRow) {
		int dot = tableRow.indexOf('.');
		Optional<RowSpec> row = resolved.form().table(tableRow.substring(0, dot)).flatMap(t -> t.row(tableRow.substring(dot + 1)));
		if (row.isEmpty()) {
			return;
		}
		for (ColumnSpec column : row.get().columns()) {
			resolved.cell(row.get(), column).filter(c -> c.getValue() != null && c.getValue().signum() != 0)
					.ifPresent(c -> warning("乡镇、街道和县级机关不能制定" + row.get().label() + "，" + new CellRef(row.get(), column).name()
							+ " 通常应为 0，实际为 " + c.getValue().toPlainString() + "（是否应填在 行政规范性文件？）", c, null,
							IssueCodes.PLAUSIBILITY));
		}
	}

	/** A large share of "other" outcomes often hides outcomes that belong to a specific row. */
	private void otherOutcomes(ResolvedReport resolved, Checks.OtherOutcomes rule) {
		Optional<TableSpec> table = resolved.form().table(rule.table());
		Optional<RowSpec> totalRow = table.flatMap(t -> t.row(rule.total()));
		if (totalRow.isEmpty() || totalRow.get().column(rule.column()) == null) {
			return;
		}
		ColumnSpec column = totalRow.get().column(rule.column());
		Optional<BigDecimal> total = resolved.value(totalRow.get(), column);
		BigDecimal others = table.get().rows().stream()
				.filter(row -> row.id().startsWith(rule.rowsStartingWith()) && row.column(rule.column()) != null)
				.map(row -> resolved.value(row, row.column(rule.column())).orElse(BigDecimal.ZERO))
				.reduce(BigDecimal.ZERO, BigDecimal::add);
		if (total.isEmpty() || total.get().intValue() < rule.minTotal()) {
			return;
		}
		BigDecimal share = others.divide(total.get(), 4, RoundingMode.HALF_UP);
		if (share.doubleValue() > rule.maxShare()) {
			int percent = share.movePointRight(2).setScale(0, RoundingMode.HALF_UP).intValue();
			resolved.cell(totalRow.get(), column).ifPresent(c -> warning("“其他处理” 占全部办理结果的 " + percent + "%（" + others.toPlainString()
					+ "/" + total.get().toPlainString() + "），请核实其中是否有应计入具体情形的申请", c, null, IssueCodes.PLAUSIBILITY));
		}
	}
}
