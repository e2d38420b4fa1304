package org.govreport.dsl.region;

import java.util.Arrays;

/**
 * Where a report's few carried cells stand in its text, by {@code row.column} id: two short arrays rather than
 * a map of positions, as an audit keeps one for every report it reads.
 */
public final class CellPlaces {

	private String[] ids = new String[0];
	/** line and column of each id, in turn */
	private int[] places = new int[0];

	/** @param id a row and column id, interned: every report has the same few */
	void put(String id, int line, int column) {
		ids = Arrays.copyOf(ids, ids.length + 1);
		ids[ids.length - 1] = id;
		places = Arrays.copyOf(places, places.length + 2);
		places[places.length - 2] = line;
		places[places.length - 1] = column;
	}

	/** The place of a cell, or the report's start when the cell is not written. */
	ReportFacts.Position at(String id) {
		for (int i = 0; i < ids.length; i++) {
			if (ids[i].equals(id)) {
				return new ReportFacts.Position(places[2 * i], places[2 * i + 1]);
			}
		}
		return new ReportFacts.Position(1, 1);
	}
}
