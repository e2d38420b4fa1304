package org.govreport.dsl.export

import java.nio.charset.StandardCharsets
import java.util.Collections
import java.util.List

import static org.govreport.dsl.export.MarkdownText.escape
import static org.govreport.dsl.export.MarkdownText.paragraph

/**
 * The report as GitHub-flavoured Markdown, for reading in a Git web UI and in reviews. Markdown has no
 * merged cells, so tables are flattened (groups as label-only rows, parent headings as prefixes of their
 * columns' headings); every text is escaped.
 */
class MarkdownExporter implements Exporter {

	override byte[] export(ReportDocument document) {
		markdown(document).toString.getBytes(StandardCharsets.UTF_8)
	}

	def markdown(ReportDocument document) '''
		# «escape(document.title)»

		«blocks(document.preface)»
		«FOR section : document.sections»
			## «escape(section.heading)»

			«blocks(section.blocks)»
			«IF section.hasTable»
				«FOR table : FlatTables.of(section.grid.spec, document.resolved)»
					«table(table)»
				«ENDFOR»
			«ENDIF»
		«ENDFOR»
		«paragraph(document.organ)»«IF document.date.present»  
		«escape(document.date.get)»«ENDIF»
	'''

	def blocks(List<ProseBlock> blocks) '''
		«FOR block : blocks»
			«IF block.subheading»### «escape(block.text)»«ELSE»«paragraph(block.text)»«ENDIF»

		«ENDFOR»
	'''

	def table(FlatTable table) '''
		«IF table.caption !== null»
			«escape(table.caption)»

		«ENDIF»
		| «FOR i : 0 ..< table.header.size SEPARATOR ' | '»«escape(heading(table, i))»«ENDFOR» |
		| --- |«FOR label : table.header.subList(1, table.header.size)» ---: |«ENDFOR»
		«FOR row : table.rows»
			| «indent(row.depth)»«IF row.group»**«escape(row.label)»**«FOR i : 1 ..< table.header.size» |«ENDFOR»«ELSE»«escape(row.label)»«FOR cell : row.cells» | «cell»«ENDFOR»«ENDIF» |
		«ENDFOR»

	'''

	/**
	 * A column's heading, prefixed with the heading it stands under (法人或其他组织·商业企业). GFM has a single
	 * header row: a second row of headings would be a body row (td cells, read as data by renderers and
	 * screen readers) with the parent over one column only, whereas the prefix keeps every column's full
	 * name in its own header cell on GitHub, VS Code and pandoc alike; 「·」 is how report files name a label
	 * under its group (不予公开·国家秘密).
	 */
	def heading(FlatTable table, int i) {
		val parent = table.parentOf(i)
		if (parent === null) table.header.get(i) else parent + '·' + table.header.get(i)
	}

	/** Ideographic spaces survive in a table cell where ASCII ones are trimmed. */
	def indent(int depth) {
		String.join('', Collections.nCopies(depth, '\u3000'))
	}
}
