package org.govreport.dsl.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.govreport.dsl.notice.Notice;

/**
 * A rectification notice as a Word document after GB/T 9704, with the report export's page, fonts, styles and
 * ruled tables: title, 主送机关, the findings as a table, the deadline, 落款 and date.
 */
public final class NoticeDocx {

	private NoticeDocx() {
	}

	public static byte[] write(Notice notice) {
		try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			DocxPage.a4(docx);
			DocxFonts.declare(docx);
			DocxPage.paragraph(docx, notice.title(), DocxStyle.TITLE).setSpacingAfter(560);
			DocxPage.paragraph(docx, notice.addressee(), DocxStyle.BODY).setIndentationFirstLine(0);
			DocxPage.paragraph(docx, notice.opening(), DocxStyle.BODY);
			DocxTables.write(docx, grid(notice));
			DocxPage.paragraph(docx, notice.closing(), DocxStyle.BODY);
			DocxPage.paragraph(docx, "特此通知。", DocxStyle.BODY);
			DocxPage.paragraph(docx, notice.office(), DocxStyle.SIGNATURE).setSpacingBefore(1120);
			DocxPage.paragraph(docx, notice.issuedText(), DocxStyle.SIGNATURE)
					.setIndentationRight((int) Math.round(4 * DocxStyle.SIGNATURE.points() * 20));
			docx.write(out);
			return out.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The findings as a ruled table: one heading row, one row per finding. */
	private static TableGrid grid(Notice notice) {
		List<List<GridCell>> rows = new ArrayList<>();
		rows.add(row(Notice.headings(), 0, GridCell.Kind.HEADER));
		for (int i = 0; i < notice.items().size(); i++) {
			rows.add(row(Notice.cells(i + 1, notice.items().get(i)), i + 1, GridCell.Kind.LABEL));
		}
		return new TableGrid(null, Notice.headings().size(), 1, rows);
	}

	private static List<GridCell> row(List<String> texts, int row, GridCell.Kind kind) {
		List<GridCell> cells = new ArrayList<>();
		for (int c = 0; c < texts.size(); c++) {
			cells.add(new GridCell(texts.get(c), row, c, 1, 1, kind, null));
		}
		return cells;
	}
}
