package org.govreport.eclipse.tests;

/** The example report the tests edit, and the lines of it they change. */
final class Examples {

	static final String REPORT = "sample-district-bureau-2025.govreport";

	/** The report {@link #REPORT} names as last year's (R6 compares with it). */
	static final String LAST_YEAR = "sample-district-bureau-2024.govreport";

	/** Table 3's row whose total (29) the tests break. */
	static final String ROW = "  予以公开                     20         5         1             0             1     2    29";

	static final String BROKEN_ROW = "  予以公开                     20         5         1             0             1     2    30";

	private Examples() {
	}
}
