package org.govreport.dsl.imports;

import java.util.List;
import java.util.Map;

import org.govreport.dsl.form.Form;

/**
 * A published report as the importer understood it, before it is written as a .govreport file.
 *
 * @param organ    the organ's name, or "" when the source does not say
 * @param year     the report's year, or 0 when the source does not say
 * @param form     the format version its tables follow
 * @param date     the publishing date (yyyy-mm-dd), or null
 * @param preface  the paragraphs before section 一
 * @param sections section numeral (一 … 六) → what was found of it, in the form's order
 * @param dropped  lines left out as page furniture or signature, kept for a closing comment
 * @param notes    every cell or fact not taken over exactly as published
 */
public record ImportedReport(String organ, int year, Form form, String date, List<String> preface,
		Map<String, ImportedSection> sections, List<String> dropped, List<ImportNote> notes) {

	/**
	 * One section.
	 *
	 * @param heading    the heading as published (it may differ from the form's title), or null when missing
	 * @param paragraphs its prose, paragraph by paragraph, verbatim
	 * @param table      its table, or null for prose-only sections
	 */
	public record ImportedSection(String heading, List<String> paragraphs, ImportedTable table) {
	}
}
