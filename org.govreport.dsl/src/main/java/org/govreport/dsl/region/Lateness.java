package org.govreport.dsl.region;

/** Whether a report was published by its deadline. A report without a (real) 发布日期 is unknown, never on time. */
public enum Lateness {
	ON_TIME, LATE, UNKNOWN
}
