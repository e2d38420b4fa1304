package org.govreport.dsl.diff;

/** How a diff is printed. */
public enum DiffFormat {
	text, markdown, json;

	/** @param colour ANSI colours (text only: for a terminal) */
	public String render(ReportDiff diff, boolean colour) {
		return switch (this) {
		case text -> DiffText.render(diff, colour);
		case markdown -> DiffMarkdown.render(diff);
		case json -> DiffJson.render(diff);
		};
	}
}
