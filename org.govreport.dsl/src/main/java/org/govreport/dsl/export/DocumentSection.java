package org.govreport.dsl.export;

import org.govreport.dsl.form.SectionSpec;

/**
 * One of the form's sections as exported.
 *
 * @param spec   the form's section (number, verbatim title)
 * @param index  its position, from 1 (the key of its prose in the JSON export)
 * @param prose  its prose with placeholders filled, or null when the report has none
 * @param blocks the prose split into paragraphs and sub-headings
 * @param grid   its table as the official form prints it, or null for a prose-only section
 */
public record DocumentSection(SectionSpec spec, int index, String prose, java.util.List<ProseBlock> blocks,
		TableGrid grid) {

	public String heading() {
		return spec.heading();
	}

	public boolean hasTable() {
		return grid != null;
	}
}
