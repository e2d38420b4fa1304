package org.govreport.dsl.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The report as a Word document (Apache POI XWPF) ready to be stamped and filed: A4 with the margins of
 * GB/T 9704 (天头 37 mm, 订口 28 mm, 版心 156 × 225 mm), the official fonts and sizes, the three tables
 * with real merged cells, and the signature (organ, date) at the end.
 */
public final class DocxExporter implements Exporter {

	@Override
	public byte[] export(ReportDocument document) {
		try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			DocxPage.a4(docx);
			DocxFonts.declare(docx);
			DocxPage.paragraph(docx, document.title(), DocxStyle.TITLE).setSpacingAfter(560);
			blocks(docx, document.preface());
			for (DocumentSection section : document.sections()) {
				DocxPage.paragraph(docx, section.heading(), DocxStyle.HEADING);
				blocks(docx, section.blocks());
				if (section.hasTable()) {
					DocxTables.write(docx, section.grid());
					DocxPage.paragraph(docx, "", DocxStyle.BODY);
				}
			}
			DocxPage.paragraph(docx, document.organ(), DocxStyle.SIGNATURE).setSpacingBefore(1120);
			document.date().ifPresent(date -> DocxPage.paragraph(docx, date, DocxStyle.SIGNATURE)
					.setIndentationRight((int) Math.round(4 * DocxStyle.SIGNATURE.points() * 20)));
			docx.write(out);
			return out.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void blocks(XWPFDocument docx, List<ProseBlock> blocks) {
		for (ProseBlock block : blocks) {
			DocxPage.paragraph(docx, block.text(), block.isSubheading() ? DocxStyle.SUBHEADING : DocxStyle.BODY);
		}
	}
}
