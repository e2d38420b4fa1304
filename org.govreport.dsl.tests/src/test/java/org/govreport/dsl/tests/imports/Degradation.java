package org.govreport.dsl.tests.imports;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What happens to a published report on its way to the importer: a converter flattening its tables,
 * dropping a cell, splitting labels, shuffling white space, wrapping lines, running a row's digits
 * together, a page saved in GBK. Each works on the text of an export (HTML, Markdown or plain text)
 * and is repeatable from its seed.
 */
enum Degradation {

	NONE {
		@Override
		String apply(String text, boolean html, Random random) {
			return text;
		}
	},
	/** Tables as one cell per line (HTML: cells as paragraphs). */
	FLATTEN {
		@Override
		String apply(String text, boolean html, Random random) {
			if (html) {
				return text.replaceAll("<t[dh]\\b[^>]*>", "<p>").replaceAll("</t[dh]>", "</p>")
						.replaceAll("</?(table|tbody|thead|tr|colgroup|col)\\b[^>]*>", "");
			}
			return text.replaceAll("\\t|(?<=\\S) ?\\| ?(?=\\S)| {2,}(?=\\S)", "\n");
		}
	},
	/** One number cell of one table row gone, as a converter loses a cell it cannot lay out. */
	DROP_CELL {
		@Override
		String apply(String text, boolean html, Random random) {
			Pattern cell = html ? Pattern.compile("<td\\b[^>]*>\\s*\\d+\\s*</td>") : Pattern.compile("(?:\\t| {2,}| ?\\| )\\d+(?= |\\t|\\||$)", Pattern.MULTILINE);
			List<int[]> found = new ArrayList<>();
			Matcher m = cell.matcher(text);
			while (m.find()) {
				found.add(new int[] { m.start(), m.end() });
			}
			if (found.isEmpty()) {
				return text;
			}
			int[] drop = found.get(random.nextInt(found.size()));
			return text.substring(0, drop[0]) + text.substring(drop[1]);
		}
	},
	/** Labels of table rows broken over two lines (text) or one character per span (HTML, as Word pastes them). */
	SPLIT_LABELS {
		@Override
		String apply(String text, boolean html, Random random) {
			Matcher m = (html ? Pattern.compile("(?<=<td>)([^<\\d]{4,})(?=</td>)") : Pattern.compile("(?m)^([ 　|]*)([^\\s|\\d][^\\t|\\n]{5,}?)(?=[ \\t]{2,}|\\t| \\|)")).matcher(text);
			StringBuilder out = new StringBuilder();
			while (m.find()) {
				String label = html ? m.group(1) : m.group(2);
				String replaced;
				if (html) {
					StringBuilder spans = new StringBuilder();
					label.codePoints().forEach(c -> spans.append("<span>").appendCodePoint(c).append("</span>\n"));
					replaced = spans.toString();
				} else {
					int cut = 2 + random.nextInt(label.length() - 3);
					replaced = m.group(1) + label.substring(0, cut) + "\n" + label.substring(cut);
				}
				m.appendReplacement(out, Matcher.quoteReplacement(replaced));
			}
			m.appendTail(out);
			return out.toString();
		}
	},
	/** Separators as random runs of spaces or tabs, lines indented at random. */
	SHUFFLE_WHITESPACE {
		@Override
		String apply(String text, boolean html, Random random) {
			if (html) {
				return text.replace("><", ">" + " \n\t".substring(0, 1 + random.nextInt(3)) + "<");
			}
			Matcher m = Pattern.compile("\\t| {2,}|(?m)^").matcher(text);
			StringBuilder out = new StringBuilder();
			while (m.find()) {
				String gap = m.group().isEmpty() ? " ".repeat(random.nextInt(3)) : random.nextBoolean() ? "\t" : " ".repeat(2 + random.nextInt(5));
				m.appendReplacement(out, gap);
			}
			m.appendTail(out);
			return out.toString();
		}
	},
	/** Lines cut at a fixed width, as a PDF's lines are. */
	WRAP {
		@Override
		String apply(String text, boolean html, Random random) {
			if (html) {
				return text; // a browser joins the lines of a paragraph again
			}
			int width = 30 + random.nextInt(20);
			StringBuilder out = new StringBuilder();
			for (String line : text.split("\n", -1)) {
				while (line.length() > width) {
					out.append(line, 0, width).append('\n');
					line = line.substring(width);
				}
				out.append(line).append('\n');
			}
			return out.toString();
		}
	},
	/** One table row's cells run together into one string of digits, as crawled text prints them. */
	RUN_TOGETHER {
		@Override
		String apply(String text, boolean html, Random random) {
			Pattern row = html ? Pattern.compile("(<td\\b[^>]*>\\d+</td>\\s*){2,}") : Pattern.compile("(?m)((?:\\t| {2,}| ?\\| )\\d+){2,}");
			List<int[]> found = new ArrayList<>();
			Matcher m = row.matcher(text);
			while (m.find()) {
				found.add(new int[] { m.start(), m.end() });
			}
			if (found.isEmpty()) {
				return text;
			}
			int[] glue = found.get(random.nextInt(found.size()));
			String digits = text.substring(glue[0], glue[1]).replaceAll("<[^>]*>|\\D", "");
			String cell = html ? "<td>" + digits + "</td>" : "\t" + digits;
			return text.substring(0, glue[0]) + cell + text.substring(glue[1]);
		}
	},
	/** The page saved in GBK. */
	GBK {
		@Override
		String apply(String text, boolean html, Random random) {
			return text;
		}

		@Override
		Charset charset() {
			return Charset.forName("GBK");
		}
	};

	abstract String apply(String text, boolean html, Random random);

	Charset charset() {
		return StandardCharsets.UTF_8;
	}
}
