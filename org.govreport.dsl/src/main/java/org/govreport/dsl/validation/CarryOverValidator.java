package org.govreport.dsl.validation;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.xtext.validation.Check;
import org.govreport.dsl.form.Checks;
import org.govreport.dsl.form.ColumnSpec;
import org.govreport.dsl.form.RowSpec;
import org.govreport.dsl.form.TableSpec;
import org.govreport.dsl.govReport.Cell;
import org.govreport.dsl.govReport.GovReportPackage.Literals;
import org.govreport.dsl.govReport.Report;
import org.govreport.dsl.govReport.Section;
import org.govreport.dsl.report.ResolvedReport;

/**
 * Checks against last year's report, named by {@code 上年报告} (resolved by the scope provider): it
 * is last year's (S14), its carried-forward applications are this year's carried-over ones (R6), the
 * stock of normative documents adds up (W2) — both in {@link CarryOverComparison}, which the region audit
 * shares — and the tables and 五 are not copied from it (W5).
 */
public class CarryOverValidator extends ReportCheck {

	private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");

	@Check
	public void previousIsLastYear(Report report) {
		Report previous = previous(report);
		if (previous != null && previous.getYear() != report.getYear() - 1) {
			error("上年报告的年度为 " + previous.getYear() + "，应为 " + (report.getYear() - 1) + "（本报告为 " + report.getYear()
					+ " 年度）", report, Literals.REPORT__PREVIOUS, IssueCodes.PREVIOUS_YEAR);
		}
	}

	@Check
	public void againstLastYear(Report report) {
		Report previous = lastYear(report);
		if (previous == null) {
			return;
		}
		ResolvedReport now = resolved(report);
		ResolvedReport before = views().resolved(previous);
		Checks checks = forms().checks();
		for (CarryOverComparison.Difference d : CarryOverComparison.differences(CarryOverFacts.of(before, checks),
				before.form(), CarryOverFacts.of(now, checks), now.form(), checks)) {
			Cell cell = now.cell(d.row(), d.column()).orElseThrow();
			if (d.isError()) {
				error(d.message(), cell, null, d.code(), d.expected().toPlainString());
			} else {
				warning(d.message(), cell, null, d.code());
			}
		}
	}

	@Check
	public void sameAsLastYear(Report report) {
		Report previous = lastYear(report);
		if (previous == null) {
			return;
		}
		ResolvedReport now = resolved(report);
		ResolvedReport before = views().resolved(previous);
		for (TableSpec table : now.form().tables()) {
			if (sameTable(now, before, table)) {
				now.section(now.form().sections().stream().filter(s -> table.id().equals(s.table())).findFirst()
						.orElseThrow()).ifPresent(section -> warning(
								"表格与上年报告完全相同：请核实是否照搬了上年数据（通知要求避免年年雷同）", section.getTable(), null,
								IssueCodes.SAME_AS_LAST_YEAR));
			}
		}
		String number = forms().checks().sameAsLastYear().section();
		Optional<Section> mine = now.section(number);
		Optional<String> theirs = before.section(number).map(Section::getProse).map(CarryOverValidator::normalized);
		if (mine.isPresent() && mine.get().getProse() != null && !normalized(mine.get().getProse()).isEmpty()
				&& theirs.equals(Optional.of(normalized(mine.get().getProse())))) {
			warning("“" + mine.get().getHeading() + "” 的正文与上年报告完全相同：请写本年度的问题和改进（通知要求避免年年雷同）",
					mine.get(), Literals.SECTION__PROSE, IssueCodes.SAME_AS_LAST_YEAR);
		}
	}

	/** A table with at least one non-zero value whose every value equals last year's; empty tables of both years are fine. */
	private static boolean sameTable(ResolvedReport now, ResolvedReport before, TableSpec table) {
		boolean anyValue = false;
		for (RowSpec row : table.rows()) {
			for (ColumnSpec column : row.columns()) {
				Optional<BigDecimal> a = now.value(row, column);
				Optional<BigDecimal> b = before.value(table.id(), row.id(), column.id());
				if (a.isEmpty() || b.isEmpty() || a.get().compareTo(b.get()) != 0) {
					return false;
				}
				anyValue |= a.get().signum() != 0;
			}
		}
		return anyValue;
	}

	private static String normalized(String prose) {
		return SPACES.matcher(prose).replaceAll("");
	}

	/** Last year's report when it is resolved and really last year's (else S14 or P2 is reported instead). */
	private static Report lastYear(Report report) {
		Report previous = previous(report);
		return previous != null && previous.getYear() == report.getYear() - 1 ? previous : null;
	}

	private static Report previous(Report report) {
		Report previous = report.getPrevious();
		return previous == null || previous.eIsProxy() ? null : previous;
	}
}
