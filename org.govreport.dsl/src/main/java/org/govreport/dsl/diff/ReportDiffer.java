package org.govreport.dsl.diff;

import java.util.ArrayList;
import java.util.List;

import org.govreport.dsl.form.SectionSpec;
import org.govreport.dsl.govReport.Report;
import org.govreport.dsl.govReport.Section;
import org.govreport.dsl.report.ReportViews;
import org.govreport.dsl.report.ResolvedReport;

import com.google.inject.Inject;

/** The semantic diff of two parsed reports: head, cells, findings of the checks, prose. */
public class ReportDiffer {

	/** How the diff names the preface, which is prose before the first section. */
	static final String PREFACE = "前言";

	@Inject
	private ReportViews views;

	/**
	 * @param old   the old side
	 * @param now   the new side
	 * @param notes what the caller could not compare, shown first
	 */
	public ReportDiff diff(DiffSide old, DiffSide now, List<String> notes) {
		Report a = (Report) old.resource().getContents().get(0);
		Report b = (Report) now.resource().getContents().get(0);
		ResolvedReport before = views.resolved(a);
		ResolvedReport after = views.resolved(b);
		List<String> allNotes = new ArrayList<>(notes);
		if (!before.format().equals(after.format())) {
			allNotes.add("两份报告的格式不同（" + before.format() + " 与 " + after.format() + "），只比较两者共有的单元格");
		}
		FindingChanges findings = FindingMatcher.match(old.findings(), new FindingPlaces(old.resource(), before),
				now.findings(), new FindingPlaces(now.resource(), after));
		return new ReportDiff(old.name(), now.name(), allNotes, HeadDiffer.diff(a, b), CellDiffer.diff(before, after),
				findings, prose(before, after));
	}

	private static List<SectionProse> prose(ResolvedReport old, ResolvedReport now) {
		List<SectionProse> sections = new ArrayList<>();
		addIfChanged(sections, ProseDiffer.diff(PREFACE, PREFACE, old.report().getPreface(), now.report().getPreface()));
		for (SectionSpec spec : now.form().sections()) {
			String before = old.section(spec.number()).map(Section::getProse).orElse(null);
			String after = now.section(spec).map(Section::getProse).orElse(null);
			addIfChanged(sections, ProseDiffer.diff(spec.number(), spec.heading(), before, after));
		}
		return sections;
	}

	private static void addIfChanged(List<SectionProse> sections, SectionProse section) {
		if (section != null) {
			sections.add(section);
		}
	}
}
