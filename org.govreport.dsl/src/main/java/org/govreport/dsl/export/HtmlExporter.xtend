package org.govreport.dsl.export

import java.nio.charset.StandardCharsets
import java.util.List

import static org.govreport.dsl.export.HtmlText.escape

/**
 * The report as a self-contained web page (inline CSS, an A4 print stylesheet, no external assets), or
 * with {@code fragment} only its body, for pasting into a portal's content system. Every text is
 * escaped; every number cell carries its canonical id in {@code data-cell}.
 */
class HtmlExporter implements Exporter {

	val boolean fragment

	new(boolean fragment) {
		this.fragment = fragment
	}

	override byte[] export(ReportDocument document) {
		val html = if (fragment) body(document) else page(document)
		html.toString.getBytes(StandardCharsets.UTF_8)
	}

	def page(ReportDocument document) '''
		<!DOCTYPE html>
		<html lang="zh-CN">
		<head>
		<meta charset="utf-8">
		<meta name="viewport" content="width=device-width, initial-scale=1">
		<title>«escape(document.title)»</title>
		<style>
		«HtmlStyle.CSS»
		</style>
		</head>
		<body>
		«body(document)»
		</body>
		</html>
	'''

	def body(ReportDocument document) '''
		<article class="govreport" data-format="«escape(document.format)»">
		<h1>«escape(document.title)»</h1>
		«blocks(document.preface)»
		«FOR section : document.sections»
			<section id="section-«section.index»">
			<h2>«escape(section.heading)»</h2>
			«blocks(section.blocks)»
			«IF section.hasTable»
				«table(section.grid)»
			«ENDIF»
			</section>
		«ENDFOR»
		<p class="signature">«escape(document.organ)»«IF document.date.present»<br>«escape(document.date.get)»«ENDIF»</p>
		</article>
	'''

	def blocks(List<ProseBlock> blocks) '''
		«FOR block : blocks»
			«IF block.subheading»
				<h3>«escape(block.text)»</h3>
			«ELSE»
				<p>«escape(block.text)»</p>
			«ENDIF»
		«ENDFOR»
	'''

	def table(TableGrid grid) '''
		<table class="form" data-table="«escape(grid.spec.id)»" border="1" cellspacing="0" cellpadding="4">
		«IF grid.headerRows > 0»
			<thead>
			«FOR row : grid.rows.subList(0, grid.headerRows)»
				«tr(row)»
			«ENDFOR»
			</thead>
		«ENDIF»
		<tbody>
		«FOR row : grid.rows.subList(grid.headerRows, grid.height)»
			«tr(row)»
		«ENDFOR»
		</tbody>
		</table>
	'''

	/** One line of a table, written straight into one builder: a report's tables have hundreds of cells. */
	def tr(List<GridCell> row) {
		val html = new StringBuilder(80 * row.size)
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
		html.append('</tr>').toString
	}
}
