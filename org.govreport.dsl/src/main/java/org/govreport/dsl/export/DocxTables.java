package org.govreport.dsl.export;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.govreport.dsl.formatting2.DisplayWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/**
 * Writes a {@link TableGrid} as a Word table with real merged cells: a horizontal merge is one cell with
 * {@code gridSpan}, a vertical merge a {@code vMerge} restart cell and continue cells below it. Ruled
 * with single black borders; column widths follow the texts they hold; heading rows repeat on each page.
 */
final class DocxTables {

	/** 版心 156 mm wide, in twips. */
	static final int TEXT_WIDTH = 8845;

	private DocxTables() {
	}

	static void write(XWPFDocument docx, TableGrid grid) {
		XWPFTable table = docx.createTable(grid.height(), 1);
		int[] widths = columnWidths(grid);
		frame(table, widths);
		for (int r = 0; r < grid.height(); r++) {
			XWPFTableRow row = table.getRow(r);
			row.setCantSplitRow(true);
			if (r < grid.headerRows()) {
				row.setRepeatHeader(true);
			}
			boolean first = true;
			for (int c = 0; c < grid.width();) {
				GridCell cell = grid.at(r, c);
				XWPFTableCell tc = first ? row.getCell(0) : row.addNewTableCell();
				first = false;
				CTTcPr pr = tc.getCTTc().isSetTcPr() ? tc.getCTTc().getTcPr() : tc.getCTTc().addNewTcPr();
				int width = 0;
				for (int k = 0; k < cell.columnSpan(); k++) {
					width += widths[c + k];
				}
				pr.addNewTcW().setW(BigInteger.valueOf(width));
				pr.getTcW().setType(STTblWidth.DXA);
				if (cell.columnSpan() > 1) {
					pr.addNewGridSpan().setVal(BigInteger.valueOf(cell.columnSpan()));
				}
				pr.addNewVAlign().setVal(STVerticalJc.CENTER);
				if (cell.row() == r) {
					if (cell.rowSpan() > 1) {
						pr.addNewVMerge().setVal(STMerge.RESTART);
					}
					text(tc.getParagraphs().get(0), cell);
				} else {
					pr.addNewVMerge().setVal(STMerge.CONTINUE);
				}
				c += cell.columnSpan();
			}
		}
	}

	private static void text(XWPFParagraph paragraph, GridCell cell) {
		DocxStyle style = cell.isHeader() ? DocxStyle.TABLE_HEADER
				: cell.isNumber() ? DocxStyle.TABLE_NUMBER : DocxStyle.TABLE_LABEL;
		paragraph.setStyle(style.id());
		paragraph.createRun().setText(cell.text());
	}

	private static void frame(XWPFTable table, int[] widths) {
		CTTblPr pr = table.getCTTbl().getTblPr();
		CTTblLayoutType layout = pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout();
		layout.setType(STTblLayoutType.FIXED);
		table.setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.DXA);
		table.setWidth(Integer.toString(TEXT_WIDTH));
		table.setTableAlignment(TableRowAlign.CENTER);
		XWPFTable.XWPFBorderType single = XWPFTable.XWPFBorderType.SINGLE;
		table.setTopBorder(single, 4, 0, "000000");
		table.setBottomBorder(single, 4, 0, "000000");
		table.setLeftBorder(single, 4, 0, "000000");
		table.setRightBorder(single, 4, 0, "000000");
		table.setInsideHBorder(single, 4, 0, "000000");
		table.setInsideVBorder(single, 4, 0, "000000");
		table.setCellMargins(0, 45, 0, 45);
		CTTblGrid tblGrid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
				: table.getCTTbl().addNewTblGrid();
		while (tblGrid.sizeOfGridColArray() > 0) {
			tblGrid.removeGridCol(0);
		}
		for (int width : widths) {
			tblGrid.addNewGridCol().setW(BigInteger.valueOf(width));
		}
	}

	/** The narrowest column: two Chinese characters of 五号 and the cell margins. */
	private static final int MIN_WIDTH = 540;

	/**
	 * Widths in proportion to the widest single-column text of each column (capped: a heading may wrap to
	 * two lines, a long row label wraps rather than squeezing the numbers, a tall merged label wraps down), then
	 * every column widened to at least {@link #MIN_WIDTH} at the expense of the wider ones.
	 */
	static int[] columnWidths(TableGrid grid) {
		int[] weights = new int[grid.width()];
		Arrays.fill(weights, 4);
		for (List<GridCell> row : grid.rows()) {
			for (GridCell cell : row) {
				if (cell.columnSpan() == 1) {
					int weight = cell.rowSpan() > 2 ? 4
							: Math.min(cell.isHeader() ? 8 : 20, DisplayWidth.of(cell.text()) + 2);
					weights[cell.column()] = Math.max(weights[cell.column()], weight);
				}
			}
		}
		int total = Arrays.stream(weights).sum();
		int[] widths = Arrays.stream(weights).map(w -> TEXT_WIDTH * w / total).toArray();
		int deficit = Arrays.stream(widths).map(w -> Math.max(0, MIN_WIDTH - w)).sum();
		int surplus = Arrays.stream(widths).map(w -> Math.max(0, w - MIN_WIDTH)).sum();
		for (int i = 0; i < widths.length; i++) {
			widths[i] = widths[i] < MIN_WIDTH ? MIN_WIDTH
					: widths[i] - (int) ((long) deficit * (widths[i] - MIN_WIDTH) / Math.max(1, surplus));
		}
		widths[widths.length - 1] += TEXT_WIDTH - Arrays.stream(widths).sum();
		return widths;
	}
}
