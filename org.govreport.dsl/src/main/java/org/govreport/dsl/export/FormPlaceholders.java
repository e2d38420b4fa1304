package org.govreport.dsl.export;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govreport.dsl.report.ResolvedReport;

/**
 * Placeholders resolved through the form model: {@code {row label·column label}} (the labels a report
 * writes, or the form's verbatim ones) or {@code {table.row.column}} by canonical ids. A placeholder
 * that names no filled cell is left as written; the validator reports it.
 */
final class FormPlaceholders implements ProseNumbers {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}\\s]+)\\}");

	private final ResolvedReport report;

	FormPlaceholders(ResolvedReport report) {
		this.report = report;
	}

	@Override
	public String fill(String prose) {
		if (prose == null || prose.indexOf('{') < 0) {
			return prose;
		}
		Matcher m = PLACEHOLDER.matcher(prose);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String replacement = value(m.group(1)).map(CellText::of).orElse(m.group());
			m.appendReplacement(out, Matcher.quoteReplacement(replacement));
		}
		m.appendTail(out);
		return out.toString();
	}

	private Optional<BigDecimal> value(String name) {
		int dot = name.lastIndexOf('·');
		if (dot > 0) {
			String rowLabel = name.substring(0, dot);
			String columnLabel = name.substring(dot + 1);
			return report.form().allRows().stream().filter(r -> r.label().equals(rowLabel) || r.verbatim().equals(rowLabel))
					.findFirst().flatMap(row -> row.columns().stream()
							.filter(c -> c.label().equals(columnLabel) || c.verbatim().equals(columnLabel))
							.findFirst().flatMap(column -> report.value(row, column)));
		}
		int first = name.indexOf('.');
		int last = name.lastIndexOf('.');
		if (first < 0 || first == last) {
			return Optional.empty();
		}
		return report.value(name.substring(0, first), name.substring(first + 1, last), name.substring(last + 1));
	}
}
