package org.govreport.dsl.export;

/**
 * The page's inline stylesheet: fonts of the official documents with common fallbacks, the form's ruled
 * tables, and an A4 print layout with the margins of GB/T 9704.
 */
final class HtmlStyle {

	static final String CSS = """
			.govreport { max-width: 52em; margin: 2em auto; padding: 0 1em; color: #000; line-height: 1.8;
			  font-family: "仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "STFangsong", "WenQuanYi Zen Hei", serif;
			  font-size: 16pt; }
			.govreport h1 { text-align: center; font-size: 22pt; font-weight: normal; line-height: 1.5;
			  font-family: "方正小标宋简体", "FZXiaoBiaoSong-B05S", "华文中宋", "STZhongsong", "宋体", "SimSun", serif; }
			.govreport h2 { font-size: 16pt; font-weight: normal; margin: 1em 0 0.3em 2em;
			  font-family: "黑体", "SimHei", "Heiti SC", "WenQuanYi Zen Hei", sans-serif; }
			.govreport h3 { font-size: 16pt; font-weight: normal; margin: 0.3em 0 0.3em 2em;
			  font-family: "楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi", "STKaiti", serif; }
			.govreport p { text-indent: 2em; margin: 0; }
			.govreport p.signature { text-align: right; text-indent: 0; margin: 2em 4em 0 0; }
			.govreport table.form { border-collapse: collapse; width: 100%; margin: 0.8em 0; font-size: 11pt;
			  line-height: 1.4; page-break-inside: auto; }
			.govreport table.form th, .govreport table.form td { border: 1px solid #000; padding: 0.3em 0.4em; }
			.govreport table.form th { font-weight: bold; text-align: center; vertical-align: middle; }
			.govreport table.form td.label { text-align: left; vertical-align: middle; }
			.govreport table.form td.num { text-align: center; min-width: 2.5em; }
			.govreport table.form tr { page-break-inside: avoid; }
			@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
			@media print {
			  .govreport { max-width: none; margin: 0; padding: 0; }
			  .govreport table.form { font-size: 10.5pt; }
			  .govreport h2, .govreport h3 { page-break-after: avoid; }
			}
			""";

	private HtmlStyle() {
	}
}
