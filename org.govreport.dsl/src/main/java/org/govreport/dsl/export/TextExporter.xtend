package org.govreport.dsl.export

import java.nio.charset.StandardCharsets
import java.util.List

/**
 * The report as plain text, the way it reads when copied from the published web page: headings on lines
 * of their own, paragraphs indented by two ideographic spaces, tables as aligned text.
 */
class TextExporter implements Exporter {

	override byte[] export(ReportDocument document) {
		text(document).toString.getBytes(StandardCharsets.UTF_8)
	}

	def text(ReportDocument document) '''
		«document.title»

		«blocks(document.preface)»
		«FOR section : document.sections»

			«section.heading»
			«blocks(section.blocks)»
			«IF section.hasTable»
				«FOR table : FlatTables.of(section.grid.spec, document.resolved)»

					«IF table.caption !== null»
						«table.caption»
					«ENDIF»
					«FOR line : TextTable.lines(table)»
						«line»
					«ENDFOR»
				«ENDFOR»
			«ENDIF»
		«ENDFOR»

		«document.organ»
		«IF document.date.present»
			«document.date.get»
		«ENDIF»
	'''

	def blocks(List<ProseBlock> blocks) '''
		«FOR block : blocks»
			«IF !block.subheading»　　«ENDIF»«block.text»
		«ENDFOR»
	'''
}
