package org.govreport.dsl.export;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.govreport.dsl.form.SectionSpec;
import org.govreport.dsl.govReport.Report;
import org.govreport.dsl.govReport.Section;
import org.govreport.dsl.report.Placeholders;
import org.govreport.dsl.report.ResolvedReport;

/**
 * A report as every export prints it: the title, the opening paragraph and each of the form's sections
 * with its prose (placeholders filled) and its table laid out as the official form. Exporters read
 * only this, so the five formats cannot disagree about what a report says.
 */
public final class ReportDocument {

	/** Control characters but tab and line breaks. */
	private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");

	/** What follows organ and year in the title of every report. */
	static final String TITLE_SUFFIX = "年政府信息公开工作年度报告";

	private final ResolvedReport resolved;
	private final List<DocumentSection> sections;

	private ReportDocument(ResolvedReport resolved) {
		this.resolved = resolved;
		this.sections = resolved.form().sections().stream().map(this::section).toList();
	}

	public static ReportDocument of(ResolvedReport report) {
		return new ReportDocument(report);
	}

	public ResolvedReport resolved() {
		return resolved;
	}

	public String organ() {
		return nonNull(resolved.report().getOrgan());
	}

	public int year() {
		return resolved.report().getYear();
	}

	/** 重庆市巴南区东温泉镇人民政府2025年政府信息公开工作年度报告 */
	public String title() {
		return organ() + year() + TITLE_SUFFIX;
	}

	/** The publishing date as written (2026-01-20), if the report has one. */
	public Optional<String> isoDate() {
		return Optional.ofNullable(resolved.report().getDate());
	}

	/** The publishing date as a document prints it: 2026年1月20日. */
	public Optional<String> date() {
		return isoDate().map(ReportDocument::chineseDate);
	}

	public String format() {
		return resolved.form().format();
	}

	/** The opening paragraph (前言), placeholders filled. */
	public List<ProseBlock> preface() {
		return ProseBlocks.of(withNumbers(resolved.report().getPreface()));
	}

	public List<DocumentSection> sections() {
		return sections;
	}

	private DocumentSection section(SectionSpec spec) {
		String prose = resolved.section(spec).map(Section::getProse).map(this::withNumbers).orElse(null);
		TableGrid grid = spec.table() == null ? null
				: resolved.form().table(spec.table()).map(t -> TableGrids.of(t, resolved)).orElse(null);
		return new DocumentSection(spec, resolved.form().sectionIndex(spec.number()) + 1, prose, ProseBlocks.of(prose),
				grid);
	}

	/**
	 * Prose with its placeholders replaced by the table's numbers; one the form cannot resolve stays as written
	 * (S15). Control characters (S20, exported only with --force) are left out: no published document may
	 * carry a NUL or an escape sequence, and XML cannot hold them.
	 */
	private String withNumbers(String prose) {
		return prose == null ? null : CONTROL.matcher(Placeholders.substitute(resolved, prose)).replaceAll("");
	}

	private static String chineseDate(String iso) {
		String[] parts = iso.split("-");
		if (parts.length != 3) {
			return iso;
		}
		return Integer.parseInt(parts[0]) + "年" + Integer.parseInt(parts[1]) + "月" + Integer.parseInt(parts[2]) + "日";
	}

	private static String nonNull(String text) {
		return text == null ? "" : text;
	}
}
