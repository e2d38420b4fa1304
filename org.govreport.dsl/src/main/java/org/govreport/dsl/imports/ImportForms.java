package org.govreport.dsl.imports;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.govreport.dsl.form.Form;
import org.govreport.dsl.form.Forms;
import org.govreport.dsl.form.RowSpec;
import org.govreport.dsl.form.TableSpec;

/**
 * The form registry as the importer reads pages against it: every format version, the label keys of all
 * their rows and groups, and per format the keys no other format has. Built once per registry.
 */
public final class ImportForms {

	private final Forms forms;
	private final Set<String> rowAndGroupKeys;
	private final Map<Form, Set<String>> ownKeys;

	public ImportForms(Forms forms) {
		this.forms = forms;
		this.rowAndGroupKeys = rowAndGroupKeys(forms);
		this.ownKeys = ownKeys(forms);
	}

	public Forms forms() {
		return forms;
	}

	/** Keys of every row and group label of every form: table rows such as 四、结转下年度继续办理 are no headings. */
	Set<String> rowAndGroupKeys() {
		return rowAndGroupKeys;
	}

	/** The label keys of a form's tables that no other form has. */
	Set<String> ownKeys(Form form) {
		return ownKeys.get(form);
	}

	private static Set<String> rowAndGroupKeys(Forms forms) {
		Set<String> keys = new HashSet<>();
		for (Form form : forms.all()) {
			for (TableSpec table : form.tables()) {
				for (RowSpec row : table.rows()) {
					keys.add(LabelKeys.key(row.verbatim()));
					row.groups().forEach(g -> keys.add(LabelKeys.key(g)));
				}
			}
		}
		return Set.copyOf(keys);
	}

	private static Map<Form, Set<String>> ownKeys(Forms forms) {
		Map<Form, Set<String>> keys = new HashMap<>();
		for (Form form : forms.all()) {
			Set<String> all = new HashSet<>();
			form.tables().forEach(table -> all.addAll(TableLabels.of(table).allKeys()));
			keys.put(form, all);
		}
		Map<Form, Set<String>> own = new HashMap<>();
		for (Form form : forms.all()) {
			Set<String> mine = new HashSet<>(keys.get(form));
			forms.all().stream().filter(f -> f != form).forEach(f -> mine.removeAll(keys.get(f)));
			own.put(form, Set.copyOf(mine));
		}
		return Map.copyOf(own);
	}
}
