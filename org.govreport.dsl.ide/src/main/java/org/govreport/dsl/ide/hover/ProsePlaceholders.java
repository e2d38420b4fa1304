package org.govreport.dsl.ide.hover;

import java.util.Optional;

import org.govreport.dsl.report.ResolvedReport;

/**
 * Finds the placeholder ({@code {本年新收·总计}}) under the cursor in a piece of prose and its value.
 * A seam: the runtime's placeholder resolver plugs in here, so the hover shows exactly what the
 * validator checks and the export prints.
 */
public interface ProsePlaceholders {

	/**
	 * The placeholder that covers {@code offset} in {@code prose}, if any: the cell it names and its
	 * value, or why it names none. Offsets are relative to the prose token (with its 「」).
	 */
	Optional<HoverPiece> at(ResolvedReport report, String prose, int offset);
}
