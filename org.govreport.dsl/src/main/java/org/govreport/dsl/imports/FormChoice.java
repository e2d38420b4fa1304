package org.govreport.dsl.imports;

import java.util.Set;

import org.govreport.dsl.form.Form;

/**
 * Which format version a published report follows: the one whose own labels (those no other version
 * has: 本年制发件数 for 2021, 本年新制作数量 or 政府集中采购 for 2019) appear most in its cells; without
 * such labels, the latest version in force for the report's year.
 */
final class FormChoice {

	private FormChoice() {
	}

	static Form choose(Set<String> cellKeys, int year, ImportForms forms) {
		Form best = null;
		long bestScore = 0;
		for (Form form : forms.forms().all()) {
			long score = forms.ownKeys(form).stream().filter(cellKeys::contains).count();
			if (score > bestScore) {
				best = form;
				bestScore = score;
			}
		}
		if (best != null) {
			return best;
		}
		return year == 0 ? forms.forms().defaultForm() : forms.forms().inForce(year).orElse(forms.forms().defaultForm());
	}
}
