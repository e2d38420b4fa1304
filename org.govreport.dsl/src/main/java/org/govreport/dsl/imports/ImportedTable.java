package org.govreport.dsl.imports;

import java.util.List;
import java.util.Map;

import org.govreport.dsl.form.TableSpec;

/**
 * A table as read from a published report.
 *
 * @param spec      the form's table
 * @param cells     row id → its cells in the form's column order (every row of the form is there)
 * @param leftovers published text inside the table that is no label and no cell, kept for a comment
 * @param lastLine  the index of the last source line the table used (-1 when the table was not found)
 * @param problem   why the table could not be read at all, or null
 */
public record ImportedTable(TableSpec spec, Map<String, List<ImportedCell>> cells, List<String> leftovers,
		int lastLine, String problem) {
}
