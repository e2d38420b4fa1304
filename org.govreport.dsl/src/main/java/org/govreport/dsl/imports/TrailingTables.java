package org.govreport.dsl.imports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.govreport.dsl.form.Form;
import org.govreport.dsl.form.SectionSpec;
import org.govreport.dsl.form.TableSpec;

/**
 * Tables printed after the prose (表一/表二/表三 under the last chapter) moved back to the sections they
 * belong to. A table is looked for in the last section only when its own section has none, in the
 * form's order, each starting at the first line that only it can have (a label no other table of the
 * form uses); its lines, with a caption naming the section just above them, go to the end of its
 * section, where it is read as if printed there. No line is dropped.
 */
final class TrailingTables {

	private TrailingTables() {
	}

	/**
	 * @param sections the sections found, in order
	 * @param bodies   their lines, in the same order; the last one's lines may move to the others
	 * @param readings the report's lines split into cells
	 */
	static void gather(Form form, List<SectionSpec> sections, List<List<String>> bodies, LineReadings readings) {
		if (bodies.size() < 2) {
			return;
		}
		List<String> tail = bodies.get(bodies.size() - 1);
		List<Integer> owners = new ArrayList<>();
		List<Integer> starts = new ArrayList<>();
		int from = 0;
		for (int s = 0; s < sections.size() - 1; s++) {
			TableSpec table = form.sectionByNumber(sections.get(s).number()).map(SectionSpec::table)
					.flatMap(form::table).orElse(null);
			if (table == null || TextImport.tableStart(bodies.get(s), TableLabels.of(table), readings) >= 0) {
				continue;
			}
			int start = firstOwnLine(tail, from, ownKeys(form, table), readings);
			if (start < 0) {
				continue;
			}
			if (start > from && LabelKeys.key(tail.get(start - 1)).contains(LabelKeys.key(sections.get(s).title()))) {
				start--; // its caption: 表二 收到和处理政府信息公开申请情况
			}
			owners.add(s);
			starts.add(start);
			from = start + 1;
		}
		for (int k = owners.size() - 1; k >= 0; k--) {
			int end = k + 1 < starts.size() ? starts.get(k + 1) : tail.size();
			List<String> region = tail.subList(starts.get(k), end);
			bodies.get(owners.get(k)).addAll(region);
			region.clear();
		}
	}

	/** The first line from {@code from} with a cell that is one of {@code keys}. */
	private static int firstOwnLine(List<String> lines, int from, Set<String> keys, LineReadings readings) {
		for (int i = from; i < lines.size(); i++) {
			for (Token cell : readings.cells(lines.get(i))) {
				for (String word : CellSplitter.words(cell.text())) {
					if (keys.contains(LabelKeys.key(word)) || keys.contains(LabelKeys.key(cell.text()))) {
						return i;
					}
				}
			}
		}
		return -1;
	}

	/** The label keys of a table that no other table of the form has. */
	private static Set<String> ownKeys(Form form, TableSpec table) {
		Set<String> own = new HashSet<>(TableLabels.of(table).allKeys());
		form.tables().stream().filter(t -> t != table).forEach(t -> own.removeAll(TableLabels.of(t).allKeys()));
		own.remove("");
		return own;
	}
}
