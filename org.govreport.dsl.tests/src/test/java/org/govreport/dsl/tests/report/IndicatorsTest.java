package org.govreport.dsl.tests.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Optional;

import org.govreport.dsl.report.Indicators;
import org.govreport.dsl.tests.Fixture;
import org.govreport.dsl.tests.ReportTesting;
import org.junit.jupiter.api.Test;

class IndicatorsTest {

	private static Indicators of(Fixture fixture) {
		return Indicators.of(ReportTesting.resolved(ReportTesting.report(fixture.text())));
	}

	private static Optional<BigDecimal> number(String value) {
		return Optional.of(new BigDecimal(value));
	}

	@Test
	void disclosureRateIsGrantedAndPartialOverRequestsAnswered() {
		Indicators indicators = of(Fixture.consistent());
		assertEquals(number("7"), indicators.requests());
		assertEquals(number("7"), indicators.handled());
		assertEquals(number("5"), indicators.disclosed());
		assertEquals(number("0.7143"), indicators.disclosureRate());
	}

	@Test
	void correctionRatesCountOnlyDecidedCases() {
		Indicators indicators = of(Fixture.consistent());
		assertEquals(number("1"), indicators.reviewsDecided());
		assertEquals(number("0"), indicators.reviewCorrectionRate().map(BigDecimal::stripTrailingZeros));
		assertEquals(number("2"), indicators.lawsuits());
		assertEquals(number("1"), indicators.lawsuitsDecided());
		assertEquals(number("1"), indicators.lawsuitCorrectionRate());
	}

	@Test
	void anUnknownCellOrANothingAnsweredGivesNoFigure() {
		Indicators unknown = of(Fixture.consistent().cell("予以公开", 6, "?"));
		assertEquals(Optional.empty(), unknown.disclosed());
		assertEquals(Optional.empty(), unknown.disclosureRate());
		Indicators noReviews = of(Fixture.consistent().cell("行政复议", 0, "0").cell("行政复议", 4, "0"));
		assertEquals(Optional.empty(), noReviews.reviewCorrectionRate());
	}

	@Test
	void changeOfNewRequestsIsAShareOfLastYears() {
		Indicators lastYear = of(Fixture.of(ReportTesting.read(Fixture.LAST_YEAR)));
		Indicators thisYear = of(Fixture.consistent());
		assertEquals(number("2.5"), Indicators.change(lastYear, thisYear));
		assertEquals(Optional.empty(), Indicators.change(of(Fixture.consistent().cell("本年新收", 6, "0")), thisYear));
	}
}
