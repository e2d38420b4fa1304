package org.govreport.dsl.export;

/**
 * One block of prose as printed: a paragraph, or a sub-heading such as （一）主动公开情况.
 *
 * @param kind what the block is
 * @param text its text, without surrounding white space
 */
public record ProseBlock(Kind kind, String text) {

	public enum Kind {
		/** A line of its own that names a part of the section: （一）主动公开情况. */
		SUBHEADING,
		/** Running text. */
		PARAGRAPH
	}

	public boolean isSubheading() {
		return kind == Kind.SUBHEADING;
	}
}
