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

	def tr(List<GridCell> row) '''<tr>«FOR cell : row»«td(cell)»«ENDFOR»</tr>'''

	def td(GridCell cell) {
		val tag = if (cell.header) 'th' else 'td'
		'''<«tag»«spans(cell)»«IF cell.number» class="num" data-cell="«escape(cell.cellId)»"«ELSEIF !cell.header» class="label"«ENDIF»>«escape(cell.text)»</«tag»>'''
	}

	def spans(GridCell cell) '''«IF cell.rowSpan > 1» rowspan="«cell.rowSpan»"«ENDIF»«IF cell.columnSpan > 1» colspan="«cell.columnSpan»"«ENDIF»'''
}
