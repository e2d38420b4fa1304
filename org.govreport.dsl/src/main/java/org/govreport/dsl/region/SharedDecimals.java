package org.govreport.dsl.region;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One instance of each small whole number (0 to 9,999), for the figures an audit keeps of every report: most
 * cells are such counts, and a country's reports would otherwise hold millions of equal {@link BigDecimal}s.
 * Filled as they are met; two threads meeting a number at once each make one, and either is kept (both final).
 */
final class SharedDecimals {

	private static final int LIMIT = 10_000;
	private static final BigDecimal LIMIT_VALUE = BigDecimal.valueOf(LIMIT);
	private static final BigDecimal[] NUMBERS = new BigDecimal[LIMIT];
	private static final Optional<?>[] OPTIONALS = new Optional<?>[LIMIT];

	private SharedDecimals() {
	}

	static BigDecimal of(BigDecimal value) {
		int i = index(value);
		if (i < 0) {
			return value;
		}
		BigDecimal shared = NUMBERS[i];
		if (shared == null) {
			NUMBERS[i] = shared = value;
		}
		return shared;
	}

	@SuppressWarnings("unchecked")
	static Optional<BigDecimal> of(Optional<BigDecimal> value) {
		int i = value.map(SharedDecimals::index).orElse(-1);
		if (i < 0) {
			return value;
		}
		Optional<BigDecimal> shared = (Optional<BigDecimal>) OPTIONALS[i];
		if (shared == null) {
			OPTIONALS[i] = shared = Optional.of(of(value.get()));
		}
		return shared;
	}

	/** The array index of a whole number of scale 0 below the limit, else -1 (3.0 and 3 print differently). */
	private static int index(BigDecimal value) {
		return value.scale() == 0 && value.signum() >= 0 && value.compareTo(LIMIT_VALUE) < 0 ? value.intValue() : -1;
	}
}
