package org.govreport.dsl.export;

import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;

/**
 * The paragraph styles of an official document after GB/T 9704, written once into the document's
 * styles (so a clerk can still adjust them in Word) and named by each paragraph: fonts by name (the
 * eastAsia font is what Chinese text uses; digits and Latin letters use {@link #LATIN}), sizes in points
 * (二号 22, 三号 16, 五号 10.5).
 *
 * @param id             the style id paragraphs refer to
 * @param name           the name Word shows
 * @param eastAsia       the font for Chinese text
 * @param points         the size
 * @param bold           whether bold
 * @param alignment      the paragraph alignment
 * @param firstLineChars the first-line indent in characters of this size
 * @param exactLine      the fixed line height in points, or 0 for single spacing (tables)
 * @param keepWithNext   whether the paragraph stays on the page of the next one (a heading is never
 *                       left alone at the foot of a page, nor the organ apart from the date)
 */
record DocxStyle(String id, String name, String eastAsia, double points, boolean bold, ParagraphAlignment alignment,
		int firstLineChars, double exactLine, boolean keepWithNext) {

	/** For digits and Latin letters in every style. */
	static final String LATIN = "Times New Roman";

	static final String XIAOBIAOSONG = "方正小标宋简体";
	static final String HEITI = "黑体";
	static final String KAITI = "楷体_GB2312";
	static final String FANGSONG = "仿宋_GB2312";

	/** Body lines at a fixed 28 pt, the usual spacing of official documents. */
	private static final double LINE = 28;

	/** 标题：方正小标宋简体 二号，居中。 */
	static final DocxStyle TITLE = new DocxStyle("GovTitle", "公文标题", XIAOBIAOSONG, 22, false,
			ParagraphAlignment.CENTER, 0, 33, true);
	/** 一级标题（一、）：黑体 三号。 */
	static final DocxStyle HEADING = new DocxStyle("GovHeading1", "一级标题", HEITI, 16, false,
			ParagraphAlignment.LEFT, 2, LINE, true);
	/** 二级标题（（一））：楷体_GB2312 三号。 */
	static final DocxStyle SUBHEADING = new DocxStyle("GovHeading2", "二级标题", KAITI, 16, false,
			ParagraphAlignment.LEFT, 2, LINE, true);
	/** 正文：仿宋_GB2312 三号，首行缩进二字。 */
	static final DocxStyle BODY = new DocxStyle("GovBody", "公文正文", FANGSONG, 16, false, ParagraphAlignment.BOTH, 2,
			LINE, false);
	/** 署名和成文日期：仿宋_GB2312 三号，右对齐。 */
	static final DocxStyle SIGNATURE = new DocxStyle("GovSignature", "署名日期", FANGSONG, 16, false,
			ParagraphAlignment.RIGHT, 0, LINE, true);
	/** 表格标题行：仿宋_GB2312 五号加粗，居中。 */
	static final DocxStyle TABLE_HEADER = new DocxStyle("GovTableHeader", "表格标题", FANGSONG, 10.5, true,
			ParagraphAlignment.CENTER, 0, 0, false);
	/** 表格行名：仿宋_GB2312 五号。 */
	static final DocxStyle TABLE_LABEL = new DocxStyle("GovTableLabel", "表格行名", FANGSONG, 10.5, false,
			ParagraphAlignment.LEFT, 0, 0, false);
	/** 表格数字：五号，居中。 */
	static final DocxStyle TABLE_NUMBER = new DocxStyle("GovTableNumber", "表格数字", FANGSONG, 10.5, false,
			ParagraphAlignment.CENTER, 0, 0, false);

	static final List<DocxStyle> ALL = List.of(TITLE, HEADING, SUBHEADING, BODY, SIGNATURE, TABLE_HEADER, TABLE_LABEL,
			TABLE_NUMBER);

	/** The first-line indent in twips (1 pt = 20 twips). */
	int firstLineTwips() {
		return (int) Math.round(firstLineChars * points * 20);
	}
}
