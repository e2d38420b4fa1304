package org.govreport.dsl.export;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;

/**
 * The text styles of an official document after GB/T 9704: fonts by name (the eastAsia font is what
 * Chinese text uses; digits and Latin text use {@link #LATIN}), sizes in points (二号 22, 三号 16, 五号 10.5).
 *
 * @param eastAsia       the font for Chinese text
 * @param points         the size
 * @param bold           whether bold
 * @param alignment      the paragraph alignment
 * @param firstLineChars the first-line indent in characters of this size
 */
record DocxStyle(String eastAsia, double points, boolean bold, ParagraphAlignment alignment, int firstLineChars) {

	/** For digits and Latin letters in every style. */
	static final String LATIN = "Times New Roman";

	static final String XIAOBIAOSONG = "方正小标宋简体";
	static final String HEITI = "黑体";
	static final String KAITI = "楷体_GB2312";
	static final String FANGSONG = "仿宋_GB2312";

	/** 标题：方正小标宋简体 二号，居中。 */
	static final DocxStyle TITLE = new DocxStyle(XIAOBIAOSONG, 22, false, ParagraphAlignment.CENTER, 0);
	/** 一级标题（一、）：黑体 三号。 */
	static final DocxStyle HEADING = new DocxStyle(HEITI, 16, false, ParagraphAlignment.LEFT, 2);
	/** 二级标题（（一））：楷体_GB2312 三号。 */
	static final DocxStyle SUBHEADING = new DocxStyle(KAITI, 16, false, ParagraphAlignment.LEFT, 2);
	/** 正文：仿宋_GB2312 三号，首行缩进二字。 */
	static final DocxStyle BODY = new DocxStyle(FANGSONG, 16, false, ParagraphAlignment.BOTH, 2);
	/** 署名和成文日期：仿宋_GB2312 三号，右对齐。 */
	static final DocxStyle SIGNATURE = new DocxStyle(FANGSONG, 16, false, ParagraphAlignment.RIGHT, 0);
	/** 表格标题行：仿宋_GB2312 五号加粗，居中。 */
	static final DocxStyle TABLE_HEADER = new DocxStyle(FANGSONG, 10.5, true, ParagraphAlignment.CENTER, 0);
	/** 表格行名：仿宋_GB2312 五号。 */
	static final DocxStyle TABLE_LABEL = new DocxStyle(FANGSONG, 10.5, false, ParagraphAlignment.LEFT, 0);
	/** 表格数字：五号，居中。 */
	static final DocxStyle TABLE_NUMBER = new DocxStyle(FANGSONG, 10.5, false, ParagraphAlignment.CENTER, 0);

	/** The first-line indent in twips (1 pt = 20 twips). */
	int firstLineTwips() {
		return (int) Math.round(firstLineChars * points * 20);
	}
}
