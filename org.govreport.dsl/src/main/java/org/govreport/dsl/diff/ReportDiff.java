package org.govreport.dsl.diff;

import java.util.List;

/**
 * What changed between two reports, in the terms a reviewer reads: the head, the cells by their official
 * names (grouped by table), the findings of the checks that appeared or disappeared, and the prose.
 *
 * @param oldName  how the old side is named (a path, or REV:PATH)
 * @param newName  how the new side is named
 * @param notes    what could not be compared and why (different formats, a side with syntax errors)
 * @param head     changes of the report's head, in the head's order
 * @param tables   changes of each table that changed, in the form's order
 * @param findings findings of the checks that appeared or disappeared
 * @param prose    the sections whose prose changed, in the form's order (前言 first)
 */
public record ReportDiff(String oldName, String newName, List<String> notes, List<HeadChange> head,
		List<TableChanges> tables, FindingChanges findings, List<SectionProse> prose) {

	/** True when the two reports say the same thing (they may differ in white space and comments). */
	public boolean isEmpty() {
		return head.isEmpty() && tables.isEmpty() && findings.isEmpty() && prose.isEmpty();
	}

	/** The number of changed cells over all tables. */
	public int cellCount() {
		return tables.stream().mapToInt(t -> t.cells().size()).sum();
	}

	/** The number of added or removed rows over all tables. */
	public int rowCount() {
		return tables.stream().mapToInt(t -> t.rows().size()).sum();
	}

	/** The number of changed paragraphs over all sections. */
	public int paragraphCount() {
		return prose.stream().mapToInt(s -> s.paragraphs().size()).sum();
	}
}
