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

	/** Per form, the label keys no other form has. */
	private static final Map<Form, Set<String>> OWN_KEYS = ownKeys();

	private FormChoice() {
	}

	static Form choose(Set<String> cellKeys, int year) {
		List<Form> forms = Forms.get().all();
		Form best = null;
		long bestScore = 0;
		for (Form form : forms) {
			long score = OWN_KEYS.get(form).stream().filter(cellKeys::contains).count();
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

	private static Map<Form, Set<String>> ownKeys() {
		List<Form> forms = Forms.get().all();
		Map<Form, Set<String>> keys = new HashMap<>();
		for (Form form : forms) {
			Set<String> all = new HashSet<>();
			form.tables().forEach(table -> all.addAll(TableLabels.of(table).allKeys()));
			keys.put(form, all);
		}
		Map<Form, Set<String>> own = new HashMap<>();
		for (Form form : forms) {
			Set<String> mine = new HashSet<>(keys.get(form));
			forms.stream().filter(f -> f != form).forEach(f -> mine.removeAll(keys.get(f)));
			own.put(form, Set.copyOf(mine));
		}
		return Map.copyOf(own);
	}
}
