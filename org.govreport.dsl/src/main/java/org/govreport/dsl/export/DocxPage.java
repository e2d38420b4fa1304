package org.govreport.dsl.export;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/** The page and the paragraphs of every official document the tool writes (the report, a notice), after GB/T 9704. */
final class DocxPage {

	private DocxPage() {
	}

	/** A4 with the margins of GB/T 9704: 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm. */
	static void a4(XWPFDocument docx) {
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

	/** A paragraph of one run in one of the {@link DocxStyle}s. */
	static XWPFParagraph paragraph(XWPFDocument docx, String text, DocxStyle style) {
		XWPFParagraph paragraph = docx.createParagraph();
		paragraph.setStyle(style.id());
		paragraph.createRun().setText(text);
		return paragraph;
	}

	private static int mm(double millimetres) {
		return (int) Math.round(millimetres * 1440 / 25.4);
	}
}
