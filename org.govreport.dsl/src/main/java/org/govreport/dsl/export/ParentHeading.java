package org.govreport.dsl.export;

import java.util.ArrayList;
import java.util.List;

import org.govreport.dsl.form.ColumnSpec;

/**
 * A heading the form prints over several neighbouring columns (法人或其他组织 over 商业企业 … 其他), taken
 * from the columns' {@link ColumnSpec#parent()}.
 *
 * @param text  the heading
 * @param first the index of its first column in the column list
 * @param span  how many columns it stands over
 */
public record ParentHeading(String text, int first, int span) {

	/** The parent headings over a column list, left to right; empty when no column has a parent. */
	public static List<ParentHeading> over(List<ColumnSpec> columns) {
		List<ParentHeading> headings = new ArrayList<>();
		for (int j = 0; j < columns.size();) {
			String parent = columns.get(j).parent();
			int span = 1;
			while (parent != null && j + span < columns.size() && parent.equals(columns.get(j + span).parent())) {
				span++;
			}
			if (parent != null) {
				headings.add(new ParentHeading(parent, j, span));
			}
			j += span;
		}
		return List.copyOf(headings);
	}

	public boolean covers(int column) {
		return first <= column && column < first + span;
	}

	public int last() {
		return first + span - 1;
	}
}
