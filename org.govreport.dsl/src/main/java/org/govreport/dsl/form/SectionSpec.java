package org.govreport.dsl.form;

/**
 * One of the six sections.
 *
 * @param number the Chinese numeral (一 … 六)
 * @param title  the verbatim title
 * @param table  the id of the section's table, or null for prose-only sections
 */
public record SectionSpec(String number, String title, String table) {

	/** The heading as a report writes it: 一、总体情况. */
	public String heading() {
		return number + "、" + title;
	}
}
