package org.govreport.dsl.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The lines of text of a Word (.docx) file: one line per paragraph; a table gives one line per row with
 * its cells separated by tabs (a cell's own paragraphs are joined: they are one label wrapped).
 */
final class DocxLines {

	private DocxLines() {
	}

	static List<String> of(byte[] bytes) {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
			List<String> lines = new ArrayList<>();
			for (IBodyElement element : document.getBodyElements()) {
				if (element instanceof XWPFParagraph paragraph) {
					lines.add(paragraph.getText());
				} else if (element instanceof XWPFTable table) {
					for (XWPFTableRow row : table.getRows()) {
						List<String> cells = new ArrayList<>();
						for (XWPFTableCell cell : row.getTableCells()) {
							cells.add(String.join("", cell.getParagraphs().stream().map(XWPFParagraph::getText).toList()).strip());
						}
						lines.add(String.join("\t", cells));
					}
				}
			}
			return lines;
		} catch (IOException | RuntimeException e) {
			throw new ImportException("无法打开 Word 文件（.docx）：文件可能已损坏或不是 .docx 格式", e);
		}
	}
}
