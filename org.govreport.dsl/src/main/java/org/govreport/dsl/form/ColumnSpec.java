package org.govreport.dsl.form;

import java.util.Objects;

/**
 * A column of a table.
 *
 * @param id       canonical id (natural_person, issued, upheld …)
 * @param label    the short label written in a report's header line
 * @param verbatim the form's own label, printed by exports
 * @param parent   the merged header cell above it (法人或其他组织), or null
 * @param kind     what its cells may hold
 * @param unit     the unit the form prints for it (万元), or null where the form leaves it to the publisher
 */
public record ColumnSpec(String id, String label, String verbatim, String parent, ValueKind kind, String unit) {

	/** By its id and label (equal records share them): a cell's hash is taken for every value read. */
	@Override
	public int hashCode() {
		return 31 * Objects.hashCode(id) + Objects.hashCode(label);
	}
}
