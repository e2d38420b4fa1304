package org.govreport.dsl.diff;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The diff as JSON (its shape is documented in docs/review.md). Numbers of cells are strings, as written,
 * so that a fee keeps its decimals exactly.
 */
public final class DiffJson {

	private DiffJson() {
	}

	public static String render(ReportDiff diff) {
		JsonObject root = new JsonObject();
		root.addProperty("old", diff.oldName());
		root.addProperty("new", diff.newName());
		root.addProperty("changed", !diff.isEmpty());
		root.add("notes", strings(diff.notes()));
		JsonArray head = new JsonArray();
		for (HeadChange h : diff.head()) {
			JsonObject o = new JsonObject();
			o.addProperty("field", h.field());
			o.addProperty("old", h.oldValue());
			o.addProperty("new", h.newValue());
			head.add(o);
		}
		root.add("head", head);
		root.add("tables", tables(diff));
		JsonObject findings = new JsonObject();
		findings.add("appeared", findings(diff.findings().appeared()));
		findings.add("disappeared", findings(diff.findings().disappeared()));
		root.add("findings", findings);
		root.add("prose", prose(diff));
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(root);
	}

	private static JsonArray tables(ReportDiff diff) {
		JsonArray tables = new JsonArray();
		for (TableChanges t : diff.tables()) {
			JsonObject table = new JsonObject();
			table.addProperty("table", t.table());
			table.addProperty("heading", t.heading());
			JsonArray cells = new JsonArray();
			for (CellChange c : t.cells()) {
				JsonObject cell = new JsonObject();
				cell.addProperty("cell", c.cell());
				cell.addProperty("name", c.name());
				cell.addProperty("old", c.oldValue());
				cell.addProperty("new", c.newValue());
				cell.addProperty("delta", plain(c.delta()));
				cell.addProperty("percent", plain(c.percent()));
				cells.add(cell);
			}
			table.add("cells", cells);
			JsonArray rows = new JsonArray();
			for (RowChange r : t.rows()) {
				JsonObject row = new JsonObject();
				row.addProperty("row", r.row());
				row.addProperty("name", r.name());
				row.addProperty("change", r.added() ? "added" : "removed");
				row.add("values", strings(r.values()));
				rows.add(row);
			}
			table.add("rows", rows);
			tables.add(table);
		}
		return tables;
	}

	private static JsonArray findings(List<FindingChange> changes) {
		JsonArray array = new JsonArray();
		for (FindingChange f : changes) {
			JsonObject o = new JsonObject();
			o.addProperty("code", f.code());
			o.addProperty("severity", f.severity());
			o.addProperty("place", f.place());
			o.addProperty("name", f.placeName());
			o.addProperty("message", f.message());
			o.addProperty("line", f.line());
			array.add(o);
		}
		return array;
	}

	private static JsonArray prose(ReportDiff diff) {
		JsonArray sections = new JsonArray();
		for (SectionProse s : diff.prose()) {
			JsonObject section = new JsonObject();
			section.addProperty("section", s.section());
			section.addProperty("heading", s.heading());
			section.addProperty("similarity", s.similarity());
			JsonArray paragraphs = new JsonArray();
			for (ParagraphChange p : s.paragraphs()) {
				JsonObject paragraph = new JsonObject();
				paragraph.addProperty("old", p.oldText());
				paragraph.addProperty("new", p.newText());
				JsonArray segments = new JsonArray();
				for (ParagraphChange.Segment seg : p.segments()) {
					JsonObject o = new JsonObject();
					o.addProperty("op", seg.kind().name().toLowerCase(Locale.ROOT));
					o.addProperty("text", seg.text());
					segments.add(o);
				}
				paragraph.add("segments", segments);
				paragraphs.add(paragraph);
			}
			section.add("paragraphs", paragraphs);
			sections.add(section);
		}
		return sections;
	}

	private static JsonArray strings(List<String> values) {
		JsonArray array = new JsonArray();
		values.forEach(array::add);
		return array;
	}

	private static String plain(BigDecimal value) {
		return value == null ? null : value.toPlainString();
	}
}
