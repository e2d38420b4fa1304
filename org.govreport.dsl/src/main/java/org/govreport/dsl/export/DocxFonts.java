package org.govreport.dsl.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;

/**
 * Fonts of the DOCX export. Runs name their eastAsia font explicitly (Word otherwise picks the theme's
 * font for Chinese text); the document's font table names the fallbacks an office suite substitutes
 * when the official fonts are not installed (仿宋_GB2312 → 仿宋 / FangSong, and so on).
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

	/** Sets the document's default fonts and language, and writes a font table with the fallbacks. */
	static void declare(XWPFDocument docx) {
		XWPFStyles styles = docx.createStyles();
		CTFonts fonts = CTFonts.Factory.newInstance();
		fonts.setEastAsia(DocxStyle.FANGSONG);
		fonts.setAscii(DocxStyle.LATIN);
		fonts.setHAnsi(DocxStyle.LATIN);
		fonts.setCs(DocxStyle.LATIN);
		styles.setDefaultFonts(fonts);
		styles.setEastAsia("zh-CN");
		writeFontTable(docx);
	}

	static XWPFRun apply(XWPFRun run, DocxStyle style) {
		run.setFontFamily(style.eastAsia(), XWPFRun.FontCharRange.eastAsia);
		run.setFontFamily(DocxStyle.LATIN, XWPFRun.FontCharRange.ascii);
		run.setFontFamily(DocxStyle.LATIN, XWPFRun.FontCharRange.hAnsi);
		run.getCTR().getRPr().getRFontsArray(0).setHint(STHint.EAST_ASIA);
		run.setFontSize(style.points());
		run.setBold(style.bold());
		return run;
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
