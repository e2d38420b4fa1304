package org.govreport.dsl.export

import java.nio.charset.StandardCharsets
import java.util.List

import static org.govreport.dsl.export.HtmlText.escape

/**
 * The report as a self-contained web page (inline CSS, an A4 print stylesheet, no external assets), or
 * with {@code fragment} only its body, for pasting into a portal's content system. Every text is
 * escaped; every number cell carries its canonical id in {@code data-cell}.
 * <p>
 * Written line by line into one builder rather than through templates: the overview exports ten thousand
 * reports of hundreds of cells each, and a template scans every string it is given for line breaks.
 */
class HtmlExporter implements Exporter {

	val boolean fragment

	new(boolean fragment) {
		this.fragment = fragment
	}

	override byte[] export(ReportDocument document) {
		val html = new StringBuilder(32 * 1024)
		if (fragment) body(html, document) else page(html, document)
		html.toString.getBytes(StandardCharsets.UTF_8)
	}

	def private void page(StringBuilder html, ReportDocument document) {
		html.append('<!DOCTYPE html>\n')
		html.append('<html lang="zh-CN">\n')
		html.append('<head>\n')
		html.append('<meta charset="utf-8">\n')
		html.append('<meta name="viewport" content="width=device-width, initial-scale=1">\n')
		html.append('<title>').append(escape(document.title)).append('</title>\n')
		html.append('<style>\n').append(HtmlStyle.CSS).append('</style>\n')
		html.append('</head>\n')
		html.append('<body>\n')
		body(html, document)
		html.append('</body>\n')
		html.append('</html>\n')
	}

	def private void body(StringBuilder html, ReportDocument document) {
		html.append('<article class="govreport" data-format="').append(escape(document.format)).append('">\n')
		html.append('<h1>').append(escape(document.title)).append('</h1>\n')
		blocks(html, document.preface)
		for (section : document.sections) {
			html.append('<section id="section-').append(section.index).append('">\n')
			html.append('<h2>').append(escape(section.heading)).append('</h2>\n')
			blocks(html, section.blocks)
			if (section.hasTable) {
				table(html, section.grid)
			}
			html.append('</section>\n')
		}
		html.append('<p class="signature">').append(escape(document.organ))
		if (document.date.present) {
			html.append('<br>').append(escape(document.date.get))
		}
		html.append('</p>\n')
		html.append('</article>\n')
	}

	def private void blocks(StringBuilder html, List<ProseBlock> blocks) {
		for (block : blocks) {
			val tag = if (block.subheading) 'h3' else 'p'
			html.append('<').append(tag).append('>').append(escape(block.text)).append('</').append(tag).append('>\n')
		}
	}

	def private void table(StringBuilder html, TableGrid grid) {
		html.append('<table class="form" data-table="').append(escape(grid.spec.id))
		html.append('" border="1" cellspacing="0" cellpadding="4">\n')
		if (grid.headerRows > 0) {
			html.append('<thead>\n')
			grid.rows.subList(0, grid.headerRows).forEach[tr(html, it)]
			html.append('</thead>\n')
		}
		html.append('<tbody>\n')
		grid.rows.subList(grid.headerRows, grid.height).forEach[tr(html, it)]
		html.append('</tbody>\n')
		html.append('</table>\n')
	}

	def private void tr(StringBuilder html, List<GridCell> row) {
		html.append('<tr>')
		for (cell : row) {
			val tag = if (cell.header) 'th' else 'td'
			html.append('<').append(tag)
			if (cell.rowSpan > 1) {
				html.append(' rowspan="').append(cell.rowSpan).append('"')
			}
			if (cell.columnSpan > 1) {
				html.append(' colspan="').append(cell.columnSpan).append('"')
			}
			if (cell.number) {
				html.append(' class="num" data-cell="').append(escape(cell.cellId)).append('"')
			} else if (!cell.header) {
				html.append(' class="label"')
			}
			html.append('>').append(escape(cell.text)).append('</').append(tag).append('>')
		}
		html.append('</tr>\n')
	}
}
