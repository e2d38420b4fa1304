package org.govreport.dsl.diff;

import java.util.List;

import org.eclipse.xtext.resource.XtextResource;

/**
 * One side of a diff: a parsed report and what the checks found in it.
 *
 * @param name     how the side is named to the reviewer (a path, or REV:PATH)
 * @param resource the parsed report (with whatever syntax errors it has)
 * @param findings the checks' findings on it
 */
public record DiffSide(String name, XtextResource resource, List<SideFinding> findings) {

	/**
	 * A finding of the checks, as the diff needs it (the service layer's findings, without their path).
	 *
	 * @param line   from 1
	 * @param column from 1, in characters
	 */
	public record SideFinding(String code, String severity, int line, int column, String message) {
	}
}
