package org.govreport.dsl.overview;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.govreport.dsl.form.RowSpec;
import org.govreport.dsl.form.SumRule;
import org.govreport.dsl.form.TableSpec;
import org.govreport.dsl.report.ResolvedReport;

/**
 * The requests a report answered, by kind of outcome, for the overview's stacked bars: the rows that the
 * form's column total of table 三 sums (R2), grouped as the form groups them (（三）不予公开 …), each row
 * outside a group on its own (予以公开, 部分公开). A kind with an unknown cell is left out, never guessed.
 */
public final class Outcomes {

	private static final String TABLE = "requests";
	private static final String COLUMN = "total";
	/** The numbering the form puts before a group's name: （三）不予公开 → 不予公开. */
	private static final String NUMBERING = "^（[一二三四五六七八九十]+）";

	private Outcomes() {
	}

	public static Map<String, BigDecimal> of(ResolvedReport report) {
		Map<String, BigDecimal> outcomes = new LinkedHashMap<>();
		Map<String, Boolean> unknown = new LinkedHashMap<>();
		Optional<TableSpec> table = report.form().table(TABLE);
		if (table.isEmpty()) {
			return outcomes;
		}
		Optional<SumRule> total = table.get().rules().stream().filter(r -> r.kind() == SumRule.Kind.COLUMN_TOTAL).findFirst();
		for (String rowId : total.map(SumRule::terms).orElse(List.of())) {
			RowSpec row = table.get().row(rowId).orElseThrow();
			String kind = kind(row);
			Optional<BigDecimal> value = row.column(COLUMN) == null ? Optional.empty() : report.value(row, row.column(COLUMN));
			if (value.isEmpty()) {
				unknown.put(kind, true);
			}
			outcomes.merge(kind, value.orElse(BigDecimal.ZERO), BigDecimal::add);
		}
		unknown.keySet().forEach(outcomes::remove);
		return outcomes;
	}

	/** A row's kind of outcome: its innermost group below the table's own, else its label. */
	private static String kind(RowSpec row) {
		return row.groups().size() > 1 ? row.groups().get(row.groups().size() - 1).replaceFirst(NUMBERING, "") : row.label();
	}
}
