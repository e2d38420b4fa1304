package org.govreport.dsl.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * The report as a Word document (Apache POI XWPF) ready to be stamped and filed: A4 with the margins of
 * GB/T 9704 (天头 37 mm, 订口 28 mm, 版心 156 × 225 mm), the official fonts and sizes, the three tables
 * with real merged cells, and the signature (organ, date) at the end.
 */
public final class DocxExporter implements Exporter {

	@Override
	public byte[] export(ReportDocument document) {
		try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			a4(docx);
			DocxFonts.declare(docx);
			paragraph(docx, document.title(), DocxStyle.TITLE).setSpacingAfter(560);
			blocks(docx, document.preface());
			for (DocumentSection section : document.sections()) {
				paragraph(docx, section.heading(), DocxStyle.HEADING);
				blocks(docx, section.blocks());
				if (section.hasTable()) {
					DocxTables.write(docx, section.grid());
					paragraph(docx, "", DocxStyle.BODY);
				}
			}
			paragraph(docx, document.organ(), DocxStyle.SIGNATURE).setSpacingBefore(1120);
			document.date().ifPresent(date -> paragraph(docx, date, DocxStyle.SIGNATURE)
					.setIndentationRight((int) Math.round(4 * DocxStyle.SIGNATURE.points() * 20)));
			docx.write(out);
			return out.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void blocks(XWPFDocument docx, List<ProseBlock> blocks) {
		for (ProseBlock block : blocks) {
			paragraph(docx, block.text(), block.isSubheading() ? DocxStyle.SUBHEADING : DocxStyle.BODY);
		}
	}

	private static XWPFParagraph paragraph(XWPFDocument docx, String text, DocxStyle style) {
		XWPFParagraph paragraph = docx.createParagraph();
		paragraph.setStyle(style.id());
		paragraph.createRun().setText(text);
		return paragraph;
	}

	private static void a4(XWPFDocument docx) {
		CTSectPr section = docx.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setW(BigInteger.valueOf(11906));
		size.setH(BigInteger.valueOf(16838));
		CTPageMar margins = section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(mm(37)));
		margins.setBottom(BigInteger.valueOf(mm(35)));
		margins.setLeft(BigInteger.valueOf(mm(28)));
		margins.setRight(BigInteger.valueOf(mm(26)));
		margins.setHeader(BigInteger.valueOf(mm(15)));
		margins.setFooter(BigInteger.valueOf(mm(28)));
	}

	private static int mm(double millimetres) {
		return (int) Math.round(millimetres * 1440 / 25.4);
	}
}
