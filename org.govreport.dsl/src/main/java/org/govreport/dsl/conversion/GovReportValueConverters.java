package org.govreport.dsl.conversion;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractNullSafeConverter;
import org.eclipse.xtext.nodemodel.INode;

import com.google.inject.Singleton;

/**
 * Turns tokens into values: cells into exact decimals, prose into its text without 「」. One instance
 * for the language (Guice does not inherit the superclass's @Singleton): its table of converters is
 * built from the grammar once, not for every parsed file.
 */
@Singleton
public class GovReportValueConverters extends DefaultTerminalConverters {

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");
	/**
	 * One space of a header line: the line's white space and the ideographic space, and nothing else — not
	 * String.strip()'s wider idea of white space (control characters U+001C–U+001F, Unicode's other spaces),
	 * which the formatter would then drop from the line it re-spaces. The labels of the line are separated by these.
	 */
	public static final String HEADER_LINE_SPACE = "[ \\t\\n\\x0B\\f\\r\\u3000]";

	private static final Pattern TRAILING_SPACES = Pattern.compile(HEADER_LINE_SPACE + "+\\z");

	@ValueConverter(rule = "Amount")
	public IValueConverter<BigDecimal> amount() {
		return new AbstractNullSafeConverter<>() {
			@Override
			protected BigDecimal internalToValue(String text, INode node) {
				return new BigDecimal(withoutWhitespace(text));
			}

			@Override
			protected String internalToString(BigDecimal value) {
				return value.toPlainString();
			}
		};
	}

	@ValueConverter(rule = "Year")
	public IValueConverter<Integer> year() {
		return new AbstractNullSafeConverter<>() {
			@Override
			protected Integer internalToValue(String text, INode node) {
				if (!text.matches("\\d{1,4}")) {
					throw new ValueConverterException("年度应为四位整数，如 2025，实际为 “" + text + "”", node, null);
				}
				return Integer.valueOf(text);
			}

			@Override
			protected String internalToString(Integer value) {
				return value.toString();
			}
		};
	}

	@ValueConverter(rule = "Date")
	public IValueConverter<String> date() {
		return new AbstractNullSafeConverter<>() {
			@Override
			protected String internalToValue(String text, INode node) {
				return withoutWhitespace(text);
			}

			@Override
			protected String internalToString(String value) {
				return value;
			}
		};
	}

	/** Drops the spaces a number may be written with (1 234); most cells have none, so no copy is made. */
	public static String withoutWhitespace(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (Character.isWhitespace(text.charAt(i))) {
				return WHITESPACE.matcher(text).replaceAll("");
			}
		}
		return text;
	}

	@ValueConverter(rule = "PROSE")
	public IValueConverter<String> prose() {
		return new AbstractNullSafeConverter<>() {
			@Override
			protected String internalToValue(String text, INode node) {
				return text.substring(1, text.length() - 1);
			}

			@Override
			protected String internalToString(String value) {
				return "「" + value + "」";
			}
		};
	}

	@ValueConverter(rule = "HEADER_LINE")
	public IValueConverter<String> headerLine() {
		return new AbstractNullSafeConverter<>() {
			/**
			 * Without the spaces the line ends with (the token runs to the line end), and only those
			 * ({@link #HEADER_LINE_SPACE}).
			 */
			@Override
			protected String internalToValue(String text, INode node) {
				return TRAILING_SPACES.matcher(text).replaceFirst("");
			}

			@Override
			protected String internalToString(String value) {
				return value;
			}
		};
	}
}
