package org.govreport.dsl.diff;

import java.util.List;

/**
 * The changes of one table.
 *
 * @param table   the table's canonical id (requests)
 * @param heading the heading of its section (三、收到和处理政府信息公开申请情况)
 * @param rows    rows written on one side only, in the form's order
 * @param cells   cells whose value changed, in the form's order
 */
public record TableChanges(String table, String heading, List<RowChange> rows, List<CellChange> cells) {
}
