package org.govreport.dsl.service;

import java.util.Map;

/**
 * One audited report.
 *
 * @param unreadable cells the import could not read (written ?)
 * @param codes      how many findings of each code
 * @param failure    why the file could not be read or imported, or null
 */
public record AuditLine(String path, String organ, int year, String format, int errors, int warnings, int unreadable,
		Map<String, Integer> codes, String failure) {

	/** Whether the office has something to follow up: errors, unread cells or an unreadable file. */
	public boolean needsAttention() {
		return errors > 0 || failure != null || unreadable > 0;
	}
}
