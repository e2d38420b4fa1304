package org.govreport.dsl.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Fonts and styles of the DOCX export. Each paragraph style names its eastAsia font explicitly (Word
 * otherwise picks the theme's font for Chinese text); the document's font table names the fallbacks an
 * office suite substitutes when the official fonts are not installed (仿宋_GB2312 → 仿宋 / FangSong, …).
 */
final class DocxFonts {

	/** Official font, then the name an office suite should try instead, its Latin name and family. */
	private static final String[][] FALLBACKS = { //
			{ DocxStyle.XIAOBIAOSONG, "宋体", "SimSun", "roman" }, //
			{ DocxStyle.HEITI, "SimHei", "SimHei", "modern" }, //
			{ DocxStyle.KAITI, "楷体", "KaiTi", "modern" }, //
			{ DocxStyle.FANGSONG, "仿宋", "FangSong", "modern" } };

	private DocxFonts() {
	}

	/** Sets the document's default fonts and language, its paragraph styles, and a font table with the fallbacks. */
	static void declare(XWPFDocument docx) {
		XWPFStyles styles = docx.createStyles();
		CTFonts fonts = CTFonts.Factory.newInstance();
		fonts.setEastAsia(DocxStyle.FANGSONG);
		fonts.setAscii(DocxStyle.LATIN);
		fonts.setHAnsi(DocxStyle.LATIN);
		fonts.setCs(DocxStyle.LATIN);
		styles.setDefaultFonts(fonts);
		styles.setEastAsia("zh-CN");
		styles(styles);
		writeFontTable(docx);
	}

	/** Writes each of {@link DocxStyle#ALL} into the document's styles. */
	private static void styles(XWPFStyles styles) {
		for (DocxStyle style : DocxStyle.ALL) {
			CTStyle ct = CTStyle.Factory.newInstance();
			ct.setStyleId(style.id());
			ct.setType(STStyleType.PARAGRAPH);
			ct.addNewName().setVal(style.name());
			ct.addNewQFormat();
			CTPPrGeneral paragraph = ct.addNewPPr();
			paragraph.addNewJc().setVal(STJc.Enum.forInt(style.alignment().getValue()));
			CTSpacing spacing = paragraph.addNewSpacing();
			spacing.setAfter(BigInteger.ZERO);
			spacing.setBefore(BigInteger.ZERO);
			if (style.exactLine() > 0) {
				spacing.setLine(BigInteger.valueOf(Math.round(style.exactLine() * 20)));
				spacing.setLineRule(STLineSpacingRule.EXACT);
			}
			if (style.keepWithNext()) {
				paragraph.addNewKeepNext();
			}
			if (style.firstLineChars() > 0) {
				paragraph.addNewInd().setFirstLine(BigInteger.valueOf(style.firstLineTwips()));
			}
			CTRPr run = ct.addNewRPr();
			CTFonts fonts = run.addNewRFonts();
			fonts.setEastAsia(style.eastAsia());
			fonts.setAscii(DocxStyle.LATIN);
			fonts.setHAnsi(DocxStyle.LATIN);
			fonts.setHint(STHint.EAST_ASIA);
			BigInteger halfPoints = BigInteger.valueOf(Math.round(style.points() * 2));
			run.addNewSz().setVal(halfPoints);
			run.addNewSzCs().setVal(halfPoints);
			if (style.bold()) {
				run.addNewB();
			}
			styles.addStyle(new XWPFStyle(ct));
		}
	}

	private static void writeFontTable(XWPFDocument docx) {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>")
				.append("<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
		for (String[] font : FALLBACKS) {
			xml.append("<w:font w:name=\"").append(font[0]).append("\"><w:altName w:val=\"").append(font[1])
					.append("\"/><w:charset w:val=\"86\"/><w:family w:val=\"").append(font[3])
					.append("\"/><w:pitch w:val=\"variable\"/></w:font>");
			xml.append("<w:font w:name=\"").append(font[1]).append("\"><w:altName w:val=\"").append(font[2])
					.append("\"/><w:charset w:val=\"86\"/><w:family w:val=\"").append(font[3])
					.append("\"/><w:pitch w:val=\"variable\"/></w:font>");
		}
		xml.append("<w:font w:name=\"").append(DocxStyle.LATIN)
				.append("\"><w:charset w:val=\"00\"/><w:family w:val=\"roman\"/><w:pitch w:val=\"variable\"/></w:font>");
		xml.append("</w:fonts>");
		try {
			PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
			PackagePart part = docx.getPackage().createPart(name, XWPFRelation.FONT_TABLE.getContentType());
			try (OutputStream out = part.getOutputStream()) {
				out.write(xml.toString().getBytes(StandardCharsets.UTF_8));
			}
			docx.getPackagePart().addRelationship(name, TargetMode.INTERNAL, XWPFRelation.FONT_TABLE.getRelation());
		} catch (InvalidFormatException e) {
			throw new IllegalStateException("font table part name", e);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
