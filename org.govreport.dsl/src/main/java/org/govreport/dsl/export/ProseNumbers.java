package org.govreport.dsl.export;

import org.govreport.dsl.report.ResolvedReport;

/**
 * Puts the table's numbers into prose that names them with placeholders ({本年新收·总计},
 * {requests.new.total}). Every export fills prose through this one interface, so the placeholder
 * syntax is defined in one place.
 */
@FunctionalInterface
public interface ProseNumbers {

	/** The prose with every placeholder that names a filled cell replaced by its number. */
	String fill(String prose);

	/** The placeholder filling of a report. */
	static ProseNumbers of(ResolvedReport report) {
		return new FormPlaceholders(report);
	}
}
