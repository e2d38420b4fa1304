package org.govreport.dsl.diff;

import java.util.List;

/**
 * A paragraph that changed, was added or was removed, with its character-level difference.
 *
 * @param oldText  the old paragraph, or null for an added one
 * @param newText  the new paragraph, or null for a removed one
 * @param segments the difference, character by character (Chinese has no word boundaries to diff by)
 */
public record ParagraphChange(String oldText, String newText, List<Segment> segments) {

	/** A run of characters kept, deleted or inserted. */
	public record Segment(Kind kind, String text) {
	}

	public enum Kind {
		EQUAL, DELETE, INSERT
	}
}
