package org.govreport.dsl.imports;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.govreport.dsl.form.Form;
import org.govreport.dsl.form.Forms;
import org.govreport.dsl.form.TableSpec;

/**
 * Which format version a published report follows: the one whose own labels (those no other version
 * has: 本年制发件数 for 2021, 本年新制作数量 or 政府集中采购 for 2019) appear most in its cells; without
 * such labels, the latest version in force for the report's year.
 */
final class FormChoice {

	private FormChoice() {
	}

	static Form choose(Set<String> cellKeys, int year) {
		List<Form> forms = Forms.get().all();
		Map<Form, Set<String>> keys = new HashMap<>();
		for (Form form : forms) {
			Set<String> all = new HashSet<>();
			for (TableSpec table : form.tables()) {
				all.addAll(new TableLabels(table).allKeys());
			}
			keys.put(form, all);
		}
		Form best = null;
		long bestScore = 0;
		for (Form form : forms) {
			long score = keys.get(form).stream().filter(cellKeys::contains)
					.filter(k -> forms.stream().filter(f -> f != form).noneMatch(f -> keys.get(f).contains(k))).count();
			if (score > bestScore) {
				best = form;
				bestScore = score;
			}
		}
		if (best != null) {
			return best;
		}
		return forms.stream().filter(f -> year == 0 || f.firstYear() <= year)
				.max((a, b) -> Integer.compare(a.firstYear(), b.firstYear())).orElse(Forms.get().defaultForm());
	}
}
