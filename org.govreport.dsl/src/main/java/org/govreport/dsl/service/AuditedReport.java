package org.govreport.dsl.service;

import java.util.Map;

import org.govreport.dsl.region.ReportFacts;

/**
 * One report as an audit read and checked it on its own.
 *
 * @param kind       the file's kind by its extension (html, docx, txt, json, govreport …)
 * @param format     the form's format version the report is read through (2021, 2019)
 * @param unreadable cells the import could not read (written ?)
 * @param codes      how many findings of each code (its findings themselves are apart: {@link AuditService.Audited})
 * @param failed     why the file could not be read or imported, or null
 * @param facts      what the checks across reports need of it; null with a failure
 */
public record AuditedReport(String path, String kind, String organ, int year, String format, int errors, int warnings,
		int unreadable, Map<String, Integer> codes, FileFailure failed, ReportFacts facts) {

	/** A file that could not be read or imported. */
	static AuditedReport failed(String path, String kind, FileFailure failure) {
		return new AuditedReport(path, kind, "", 0, "", 0, 0, 0, Map.of(), failure, null);
	}

	/** Why the file could not be read or imported, as the outputs show it ({@code REASON [F-code]}), or null. */
	public String failure() {
		return failed == null ? null : failed.getMessage() + " [" + failed.code() + "]";
	}
}
