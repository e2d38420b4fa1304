package org.govreport.dsl.ide.hover;

import java.util.Optional;

import org.govreport.dsl.report.ResolvedReport;

/** The binding used while the runtime has no placeholder resolver: prose shows no placeholder hover. */
public class NoProsePlaceholders implements ProsePlaceholders {

	@Override
	public Optional<HoverPiece> at(ResolvedReport report, String prose, int offset) {
		return Optional.empty();
	}
}
