package org.govreport.dsl.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/**
 * The figures a supervising office ranks its units by, computed from one report's tables (defined in
 * docs/indicators.md). A figure is empty when a cell it needs is unknown (?) or missing, or when its
 * denominator is 0: an office must see "no figure", never a made-up rate.
 *
 * @param requests        本年新收·总计
 * @param handled         三·（七）总计·总计, the requests answered this year
 * @param disclosed       予以公开·总计 + 部分公开·总计
 * @param disclosureRate  实质公开率: disclosed / handled
 * @param reviews         行政复议·总计
 * @param reviewsDecided  行政复议 with a result: 总计 − 尚未审结
 * @param reviewCorrectionRate 行政复议纠错率: 结果纠正 / reviewsDecided
 * @param lawsuits        行政诉讼·总计 (both rows)
 * @param lawsuitsDecided 行政诉讼 with a result: 总计 − 尚未审结 (both rows)
 * @param lawsuitCorrectionRate 行政诉讼纠错率: 结果纠正 / lawsuitsDecided
 */
public record Indicators(Optional<BigDecimal> requests, Optional<BigDecimal> handled, Optional<BigDecimal> disclosed,
		Optional<BigDecimal> disclosureRate, Optional<BigDecimal> reviews, Optional<BigDecimal> reviewsDecided,
		Optional<BigDecimal> reviewCorrectionRate, Optional<BigDecimal> lawsuits, Optional<BigDecimal> lawsuitsDecided,
		Optional<BigDecimal> lawsuitCorrectionRate) {

	private static final String REQUESTS = "requests";
	private static final String APPEALS = "appeals";
	private static final String[] LAWSUIT_ROWS = { "litigation_direct", "litigation_after_review" };

	public static Indicators of(ResolvedReport report) {
		Optional<BigDecimal> handled = report.value(REQUESTS, "total", "total");
		Optional<BigDecimal> disclosed = sum(report.value(REQUESTS, "granted", "total"), report.value(REQUESTS, "partial", "total"));
		Optional<BigDecimal> reviews = report.value(APPEALS, "review", "total");
		Optional<BigDecimal> reviewsDecided = difference(reviews, report.value(APPEALS, "review", "pending"));
		Optional<BigDecimal> lawsuits = sumOfLawsuits(report, "total");
		Optional<BigDecimal> lawsuitsDecided = difference(lawsuits, sumOfLawsuits(report, "pending"));
		return new Indicators(report.value(REQUESTS, "new", "total"), handled, disclosed, share(disclosed, handled),
				reviews, reviewsDecided, share(report.value(APPEALS, "review", "corrected"), reviewsDecided),
				lawsuits, lawsuitsDecided, share(sumOfLawsuits(report, "corrected"), lawsuitsDecided));
	}

	/** The change of 本年新收 from last year's report to this one, as a share of last year's; empty from 0. */
	public static Optional<BigDecimal> change(Indicators lastYear, Indicators thisYear) {
		return share(difference(thisYear.requests(), lastYear.requests()), lastYear.requests());
	}

	private static Optional<BigDecimal> sumOfLawsuits(ResolvedReport report, String column) {
		Optional<BigDecimal> total = Optional.of(BigDecimal.ZERO);
		for (String row : LAWSUIT_ROWS) {
			total = sum(total, report.value(APPEALS, row, column));
		}
		return total;
	}

	private static Optional<BigDecimal> sum(Optional<BigDecimal> a, Optional<BigDecimal> b) {
		return a.flatMap(x -> b.map(x::add));
	}

	private static Optional<BigDecimal> difference(Optional<BigDecimal> a, Optional<BigDecimal> b) {
		return a.flatMap(x -> b.map(x::subtract));
	}

	/** A share from 0 to 1 with 4 significant digits; empty for a 0 or missing denominator. */
	private static Optional<BigDecimal> share(Optional<BigDecimal> part, Optional<BigDecimal> whole) {
		return part.flatMap(p -> whole.filter(w -> w.signum() != 0).map(w -> p.divide(w, MathContext.DECIMAL64).round(new MathContext(4))));
	}
}
