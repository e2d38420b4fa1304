package org.govreport.dsl.region;

/**
 * What an office tells a region audit: which organs must report, which were renamed, when reports are
 * due, and from which share of last year's text on a section counts as copied.
 *
 * @param copiedShare share (0–1) of a section's own text also in last year's from which it is reported (A7); 0.5 by default
 */
public record RegionRules(Roster roster, NameMapping names, Deadlines deadlines, double copiedShare) {

	public static final double DEFAULT_COPIED_SHARE = 0.5;

	public static RegionRules defaults() {
		return new RegionRules(Roster.none(), NameMapping.none(), Deadlines.regulation(), DEFAULT_COPIED_SHARE);
	}
}
