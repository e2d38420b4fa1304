package org.govreport.dsl.region;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.govreport.dsl.form.Checks;
import org.govreport.dsl.form.ColumnSpec;
import org.govreport.dsl.form.Forms;
import org.govreport.dsl.form.RowSpec;
import org.govreport.dsl.form.SectionSpec;
import org.govreport.dsl.govReport.Cell;
import org.govreport.dsl.govReport.Report;
import org.govreport.dsl.govReport.Section;
import org.govreport.dsl.report.Indicators;
import org.govreport.dsl.report.ReportViews;
import org.govreport.dsl.report.ResolvedReport;
import org.govreport.dsl.validation.CarryOverFacts;

import com.google.inject.Inject;

/**
 * Reads a parsed report's {@link ReportFacts}, so that the parse can be dropped. An audit keeps the facts of
 * every report, so they are made small here: maps copied to their compact immutable form, small whole
 * numbers shared ({@link SharedDecimals}), the cells' places in arrays.
 */
public class ReportFactsReader {

	@Inject
	private Forms forms;

	@Inject
	private ReportViews views;

	@Inject
	private Boilerplate boilerplate;

	public ReportFacts read(String path, Report report) {
		ResolvedReport resolved = views.resolved(report);
		Map<String, ProseSignature> prose = new HashMap<>();
		for (SectionSpec spec : resolved.form().sections()) {
			resolved.section(spec).map(Section::getProse).map(boilerplate::strip).map(MinHash::of)
					.ifPresent(signature -> prose.put(spec.number(), signature));
		}
		Report previous = report.getPrevious();
		return new ReportFacts(path, report.getOrgan() == null ? "" : report.getOrgan(), report.getYear(), report.getDate(),
				resolved.form(), compact(CarryOverFacts.of(resolved, forms.checks())), places(resolved),
				compact(Indicators.of(resolved)), Map.copyOf(prose), previous != null && !previous.eIsProxy());
	}

	private static CarryOverFacts compact(CarryOverFacts c) {
		return new CarryOverFacts(compact(c.carriedOver()), compact(c.carriedForward()), SharedDecimals.of(c.stock()),
				SharedDecimals.of(c.stockPlus()), SharedDecimals.of(c.stockMinus()));
	}

	private static Map<String, BigDecimal> compact(Map<String, BigDecimal> values) {
		Map<String, BigDecimal> shared = new HashMap<>();
		values.forEach((column, value) -> shared.put(column, SharedDecimals.of(value)));
		return Map.copyOf(shared);
	}

	private static Indicators compact(Indicators i) {
		return new Indicators(SharedDecimals.of(i.requests()), SharedDecimals.of(i.handled()), SharedDecimals.of(i.disclosed()),
				SharedDecimals.of(i.disclosureRate()), SharedDecimals.of(i.reviews()), SharedDecimals.of(i.reviewsDecided()),
				SharedDecimals.of(i.reviewCorrectionRate()), SharedDecimals.of(i.lawsuits()), SharedDecimals.of(i.lawsuitsDecided()),
				SharedDecimals.of(i.lawsuitCorrectionRate()));
	}

	/** Where the cells the carry-over checks report on stand. */
	private CellPlaces places(ResolvedReport report) {
		CellPlaces positions = new CellPlaces();
		Checks checks = forms.checks();
		Optional<RowSpec> carried = report.form().table(checks.carryOver().table()).flatMap(t -> t.row(checks.carryOver().row()));
		carried.ifPresent(row -> row.columns().forEach(column -> put(report, row, column, positions)));
		report.form().table(checks.stock().table()).flatMap(t -> t.row(checks.stock().row()))
				.ifPresent(row -> Optional.ofNullable(row.column(checks.stock().total()))
						.ifPresent(column -> put(report, row, column, positions)));
		return positions;
	}

	private static void put(ResolvedReport report, RowSpec row, ColumnSpec column, CellPlaces positions) {
		Optional<Cell> cell = report.cell(row, column);
		ICompositeNode node = cell.map(NodeModelUtils::getNode).orElse(null);
		if (node != null) {
			var at = NodeModelUtils.getLineAndColumn(node, node.getOffset());
			// The key interned: an audit keeps every report's positions, under the same few cell names.
			positions.put((row.id() + "." + column.id()).intern(), at.getLine(), at.getColumn());
		}
	}
}
