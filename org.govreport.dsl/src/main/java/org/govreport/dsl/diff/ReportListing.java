package org.govreport.dsl.diff;

import java.util.Optional;

import org.govreport.dsl.form.CellRef;
import org.govreport.dsl.form.ColumnSpec;
import org.govreport.dsl.form.RowSpec;
import org.govreport.dsl.form.SectionSpec;
import org.govreport.dsl.form.TableSpec;
import org.govreport.dsl.govReport.Report;
import org.govreport.dsl.govReport.Row;
import org.govreport.dsl.govReport.Section;
import org.govreport.dsl.report.ReportViews;
import org.govreport.dsl.report.ResolvedReport;

import com.google.inject.Inject;

/**
 * One report as a listing whose line diff reads like the semantic diff: one line per head field, per written
 * cell by its official name ({@code 三·予以公开·自然人: 3}), per finding of the checks by code and place, per
 * paragraph under its heading. Git's textconv prints it, so that git log -p and git show, which run no
 * external diff driver, show changed cells and rules instead of changed columns of a table.
 */
public class ReportListing {

	@Inject
	private ReportViews views;

	public String render(DiffSide side) {
		Report report = (Report) side.resource().getContents().get(0);
		ResolvedReport resolved = views.resolved(report);
		StringBuilder out = new StringBuilder();
		HeadDiffer.fields(report).forEach((field, value) -> {
			if (value != null) {
				out.append(field).append(": ").append(value).append('\n');
			}
		});
		paragraphs(out, ReportDiffer.PREFACE, report.getPreface());
		for (SectionSpec spec : resolved.form().sections()) {
			Optional<Section> section = resolved.section(spec);
			paragraphs(out, spec.heading(), section.map(Section::getProse).orElse(null));
			if (spec.table() != null && section.isPresent()) {
				out.append('\n').append(spec.heading()).append('\n');
				resolved.form().table(spec.table()).ifPresent(table -> cells(out, resolved, table));
			}
		}
		if (!side.findings().isEmpty()) {
			out.append("\n检查结果\n");
			FindingPlaces places = new FindingPlaces(side.resource(), resolved);
			side.findings().forEach(f -> out.append(f.code()).append(' ').append(places.of(f).name()).append(' ')
					.append(f.severity()).append(": ").append(f.message()).append('\n'));
		}
		return out.toString();
	}

	private static void cells(StringBuilder out, ResolvedReport report, TableSpec table) {
		for (RowSpec row : table.rows()) {
			Optional<Row> written = report.row(row);
			if (written.isEmpty()) {
				continue;
			}
			for (ColumnSpec column : row.columns()) {
				out.append(DiffNames.cell(report.form(), new CellRef(row, column))).append(": ")
						.append(CellValues.text(report.cell(row, column))).append('\n');
			}
		}
	}

	private static void paragraphs(StringBuilder out, String heading, String prose) {
		if (prose != null) {
			out.append('\n').append(heading).append('\n');
			ProseDiffer.paragraphs(prose).forEach(p -> out.append(p).append('\n'));
		}
	}
}
