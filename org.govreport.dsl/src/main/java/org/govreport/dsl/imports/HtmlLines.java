package org.govreport.dsl.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The lines of text of an HTML page: one line per block (paragraph, heading, div …); a data table (one
 * with no table inside it) gives one line per row with its cells separated by tabs, the layout the
 * table reader knows from text copied out of a browser. Layout tables around a page are read as blocks.
 */
final class HtmlLines {

	private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
			"section", "article", "header", "footer", "nav", "aside", "main", "blockquote", "pre", "center", "dd",
			"dt", "dl", "form", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "address", "hr",
			"figure", "figcaption", "body", "html");

	// Parsed once: a query given as text is parsed again on every call (per table, per row).
	private static final Evaluator SCRIPT = QueryParser.parse("script");
	private static final Evaluator NOT_SHOWN = QueryParser.parse("script, style, noscript, template, iframe");
	private static final Evaluator TABLE = QueryParser.parse("table");
	private static final Evaluator ROW = QueryParser.parse("tr");
	private static final Evaluator CELL = QueryParser.parse("th, td");

	private final List<String> lines = new ArrayList<>();
	private final StringBuilder current = new StringBuilder();

	private HtmlLines() {
	}

	static List<String> of(String html) {
		HtmlLines reader = new HtmlLines();
		Element body = Jsoup.parse(html).body();
		for (Element script : body.select(SCRIPT)) {
			String held = ScriptHtml.of(script.data());
			if (!held.isEmpty()) {
				script.before(held); // where the page's script would have written it
			}
		}
		body.select(NOT_SHOWN).remove();
		reader.walk(body);
		reader.flush();
		return reader.lines;
	}

	private void walk(Node node) {
		for (Node child : node.childNodes()) {
			if (child instanceof TextNode text) {
				current.append(text.text());
			} else if (child instanceof Element element) {
				String tag = element.normalName();
				if (tag.equals("br")) {
					flush();
				} else if (tag.equals("table") && element.select(TABLE).size() == 1) {
					flush();
					dataTable(element);
				} else if (BLOCKS.contains(tag)) {
					flush();
					walk(element);
					flush();
				} else {
					walk(element);
				}
			}
		}
	}

	private void dataTable(Element table) {
		for (Element row : table.select(ROW)) {
			List<String> cells = new ArrayList<>();
			for (Element cell : row.select(CELL)) {
				cells.add(cell.text().strip());
			}
			lines.add(String.join("\t", cells));
		}
	}

	private void flush() {
		String line = current.toString().strip();
		if (!line.isEmpty()) {
			lines.add(line);
		}
		current.setLength(0);
	}
}
