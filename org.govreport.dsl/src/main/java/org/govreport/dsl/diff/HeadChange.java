package org.govreport.dsl.diff;

/**
 * A field of the report's head that changed.
 *
 * @param field    its keyword as a report writes it (报告, 年度, 格式, 发布日期, 上年报告)
 * @param oldValue the old value, or null where the old report does not write it
 * @param newValue the new value, or null where the new report does not write it
 */
public record HeadChange(String field, String oldValue, String newValue) {
}
