package org.govreport.dsl.diff;

import java.util.List;

/**
 * The findings that appear with the new report (a change broke a rule) and those that disappear (it fixed one).
 */
public record FindingChanges(List<FindingChange> appeared, List<FindingChange> disappeared) {

	public boolean isEmpty() {
		return appeared.isEmpty() && disappeared.isEmpty();
	}
}
