package org.govreport.dsl.validation;

import org.eclipse.xtext.validation.Check;
import org.govreport.dsl.govReport.GovReportPackage.Literals;
import org.govreport.dsl.govReport.Report;

/**
 * The report's first lines: an organ is named (S17); 发布日期 is a real date (S18), after the year it
 * reports on has ended (S19).
 */
public class HeadValidator extends ReportCheck {

	@Check
	public void organ(Report report) {
		if (report.getOrgan() != null && report.getOrgan().isBlank()) {
			error("机关名称为空：请在 报告 后的引号中写发布报告的行政机关全称，如 报告 \"某某市某某区人民政府\"", report,
					Literals.REPORT__ORGAN, IssueCodes.EMPTY_ORGAN);
		}
	}

	@Check
	public void date(Report report) {
		String date = report.getDate();
		if (date == null) {
			return;
		}
		int[] ymd = ymd(date);
		if (ymd == null) {
			error("发布日期 " + date + " 不是一个存在的日期：应写为 年-月-日，如 " + (report.getYear() + 1) + "-01-20", report,
					Literals.REPORT__DATE, IssueCodes.DATE);
		} else if (ymd[0] <= report.getYear()) {
			error("发布日期 " + date + " 早于 " + report.getYear() + " 年度结束：年度报告在次年（" + (report.getYear() + 1)
					+ " 年）发布", report, Literals.REPORT__DATE, IssueCodes.DATE_TOO_EARLY);
		}
	}

	/** Year, month and day of a date written y-m-d, or null when no such day exists. */
	private static int[] ymd(String date) {
		String[] parts = date.split("-");
		if (parts.length != 3 || !date.matches("\\d{1,4}-\\d{1,2}-\\d{1,2}")) {
			return null;
		}
		int year = Integer.parseInt(parts[0]);
		int month = Integer.parseInt(parts[1]);
		int day = Integer.parseInt(parts[2]);
		if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) {
			return null;
		}
		return new int[] { year, month, day };
	}

	private static int daysIn(int year, int month) {
		boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
		return switch (month) {
		case 2 -> leap ? 29 : 28;
		case 4, 6, 9, 11 -> 30;
		default -> 31;
		};
	}
}
