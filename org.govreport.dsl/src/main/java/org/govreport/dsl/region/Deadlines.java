package org.govreport.dsl.region;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a report of year Y is due: by default 1 月 31 日 of Y+1 (条例第五十条). A deadline file changes it
 * for a level, a parent office or one organ, with CSV lines {@code 适用范围,截止日期}: the scope is
 * {@code 默认} (every organ), a level or a parent office as the roster writes them, or an organ's name;
 * the date is {@code MM-DD} of the following year. The organ's own line wins over its parent office's,
 * which wins over its level's, which wins over {@code 默认}.
 */
public final class Deadlines {

	private static final MonthDay REGULATION = MonthDay.of(1, 31);
	private static final List<String> HEADER = List.of("适用范围", "scope");
	private static final String DEFAULT = "默认";
	private static final Pattern MONTH_DAY = Pattern.compile("(\\d{1,2})-(\\d{1,2})");
	private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

	private final Map<String, MonthDay> byScope;

	private Deadlines(Map<String, MonthDay> byScope) {
		this.byScope = byScope;
	}

	public static Deadlines regulation() {
		return new Deadlines(Map.of());
	}

	/** @throws RegionFileException for a line without a scope and a date MM-DD */
	public static Deadlines parse(Path path, String text) {
		Map<String, MonthDay> byScope = new HashMap<>();
		for (CsvLines.Line line : CsvLines.read(path, text, HEADER)) {
			if (line.fields().size() != 2 || line.text(0).isEmpty()) {
				throw new RegionFileException(path, line.number(), 1, "每行应为 适用范围,截止日期（如 乡镇,02-15）");
			}
			Matcher m = MONTH_DAY.matcher(line.text(1));
			MonthDay day = null;
			try {
				day = m.matches() ? MonthDay.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))) : null;
			} catch (DateTimeException e) {
				// reported below
			}
			if (day == null) {
				throw new RegionFileException(path, line.number(), line.column(1),
						"截止日期 “" + line.text(1) + "” 应为 月-日，如 01-31（次年）");
			}
			byScope.put(OrganNames.written(line.text(0)), day);
		}
		return new Deadlines(byScope);
	}

	/** The deadline of an organ's report of {@code year}; {@code entry} is its roster line, if any. */
	public LocalDate deadline(int year, String organ, Roster.Entry entry) {
		MonthDay day = Optional.ofNullable(byScope.get(OrganNames.written(organ)))
				.or(() -> Optional.ofNullable(entry == null ? null : byScope.get(OrganNames.written(entry.parent()))))
				.or(() -> Optional.ofNullable(entry == null ? null : byScope.get(OrganNames.written(entry.level()))))
				.or(() -> Optional.ofNullable(byScope.get(DEFAULT))).orElse(REGULATION);
		return day.atYear(year + 1);
	}

	/** A report's 发布日期 as a date; empty when missing or not a real day. */
	public static Optional<LocalDate> published(String date) {
		Matcher m = date == null ? null : DATE.matcher(date);
		if (m == null || !m.matches()) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
					Integer.parseInt(m.group(3))));
		} catch (DateTimeException e) {
			return Optional.empty();
		}
	}

	public static Lateness lateness(Optional<LocalDate> published, LocalDate deadline) {
		return published.map(p -> p.isAfter(deadline) ? Lateness.LATE : Lateness.ON_TIME).orElse(Lateness.UNKNOWN);
	}
}
