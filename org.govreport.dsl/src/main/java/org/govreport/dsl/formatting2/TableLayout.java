package org.govreport.dsl.formatting2;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.govreport.dsl.govReport.Cell;
import org.govreport.dsl.govReport.Header;
import org.govreport.dsl.govReport.Row;
import org.govreport.dsl.govReport.Table;
import org.govreport.dsl.govReport.TableLine;
import org.govreport.dsl.report.HeaderLines;

/**
 * The column grid of one table. Labels share one width across the table; numbers are right-aligned
 * in columns whose widths hold per block (a block starts at each header line), so a header's labels
 * stand above their numbers.
 */
final class TableLayout {

	private final int labelWidth;
	/** block of each line → widths of its columns */
	private final Map<TableLine, int[]> widths = new HashMap<>();

	private TableLayout(int labelWidth) {
		this.labelWidth = labelWidth;
	}

	static TableLayout of(Table table, Function<Cell, String> text) {
		int labelWidth = 0;
		List<List<TableLine>> blocks = new ArrayList<>();
		List<TableLine> block = new ArrayList<>();
		for (TableLine line : table.getLines()) {
			if (line instanceof Header header) {
				labelWidth = Math.max(labelWidth, DisplayWidth.of(HeaderLines.cornerAndColon(header.getText())));
				if (!block.isEmpty()) {
					blocks.add(block);
				}
				block = new ArrayList<>();
			} else if (line instanceof Row row) {
				labelWidth = Math.max(labelWidth, DisplayWidth.of(row.getLabel()));
			}
			block.add(line);
		}
		blocks.add(block);
		TableLayout layout = new TableLayout(labelWidth);
		for (List<TableLine> lines : blocks) {
			int[] columnWidths = columnWidths(lines, text);
			lines.forEach(line -> layout.widths.put(line, columnWidths));
		}
		return layout;
	}

	private static int[] columnWidths(List<TableLine> lines, Function<Cell, String> text) {
		List<Integer> widths = new ArrayList<>();
		for (TableLine line : lines) {
			List<String> cells = line instanceof Header header ? HeaderLines.columns(header.getText())
					: ((Row) line).getCells().stream().map(text).toList();
			for (int i = 0; i < cells.size(); i++) {
				int w = DisplayWidth.of(cells.get(i));
				if (i == widths.size()) {
					widths.add(w);
				} else {
					widths.set(i, Math.max(widths.get(i), w));
				}
			}
		}
		return widths.stream().mapToInt(Integer::intValue).toArray();
	}

	/** The spaces before each cell of a row: the label padded, then each number right-aligned. */
	int[] spacesBeforeCells(Row row, List<String> cells) {
		int[] columnWidths = widths.get(row);
		int[] spaces = new int[cells.size()];
		int pending = labelWidth - DisplayWidth.of(row.getLabel());
		for (int i = 0; i < cells.size(); i++) {
			spaces[i] = pending + GovReportFormatter.GAP + columnWidths[i] - DisplayWidth.of(cells.get(i));
			pending = 0;
		}
		return spaces;
	}

	/** A header line re-spaced into the grid: 申请人情况： then each column label right-aligned. */
	String header(Header header) {
		String text = header.getText();
		int[] columnWidths = widths.get(header);
		StringBuilder out = new StringBuilder(HeaderLines.cornerAndColon(text));
		int pending = labelWidth - DisplayWidth.of(out.toString());
		List<String> columns = HeaderLines.columns(text);
		for (int i = 0; i < columns.size(); i++) {
			String column = columns.get(i);
			out.append(" ".repeat(pending + GovReportFormatter.GAP + columnWidths[i] - DisplayWidth.of(column)));
			out.append(column);
			pending = 0;
		}
		return out.toString();
	}
}
