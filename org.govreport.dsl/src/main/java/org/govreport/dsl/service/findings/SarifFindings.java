package org.govreport.dsl.service.findings;

import java.io.PrintWriter;
import java.util.List;

import org.govreport.dsl.service.FileFailure;
import org.govreport.dsl.service.Finding;
import org.govreport.dsl.service.findings.RuleCatalogue.Rule;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.inject.Inject;

/**
 * SARIF 2.1.0, the log format code-scanning tools read (GitHub's code scanning, SARIF viewers): one run whose
 * driver lists every rule code with its documentation; a result per finding with its region (lines and columns
 * from 1, in UTF-16 units as Java counts them), the other cells of a broken sum as related locations, an
 * acknowledged warning as an in-source suppression with its reason, and a file that could not be read as a
 * result without a region. Paths are relative to %SRCROOT%, the working directory.
 */
public class SarifFindings implements FindingsWriter {

	private static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
	private static final String ROOT = "%SRCROOT%";

	@Inject
	private RuleCatalogue catalogue;

	@Override
	public void write(CheckRun run, PrintWriter out) {
		JsonObject sarifRun = new JsonObject();
		sarifRun.add("tool", tool());
		JsonObject root = new JsonObject();
		root.addProperty("uri", SourcePaths.root());
		JsonObject bases = new JsonObject();
		bases.add(ROOT, root);
		sarifRun.add("originalUriBaseIds", bases);
		JsonArray results = new JsonArray();
		List<String> fingerprints = Fingerprints.of(run.findings());
		for (int i = 0; i < run.findings().size(); i++) {
			results.add(result(run.findings().get(i), fingerprints.get(i)));
		}
		run.failures().forEach(failure -> results.add(result(failure)));
		sarifRun.add("results", results);
		sarifRun.addProperty("columnKind", "utf16CodeUnits");
		JsonObject log = new JsonObject();
		log.addProperty("$schema", SCHEMA);
		log.addProperty("version", "2.1.0");
		JsonArray runs = new JsonArray();
		runs.add(sarifRun);
		log.add("runs", runs);
		out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(log));
	}

	private JsonObject tool() {
		JsonArray rules = new JsonArray();
		for (Rule rule : catalogue.all()) {
			JsonObject r = new JsonObject();
			r.addProperty("id", rule.code());
			r.add("shortDescription", text(rule.summary()));
			r.add("fullDescription", text(rule.text()));
			JsonObject help = text(rule.text());
			help.addProperty("markdown", rule.meaning());
			r.add("help", help);
			JsonObject configuration = new JsonObject();
			configuration.addProperty("level", rule.level());
			r.add("defaultConfiguration", configuration);
			rules.add(r);
		}
		JsonObject driver = new JsonObject();
		driver.addProperty("name", "govreport");
		driver.add("rules", rules);
		JsonObject tool = new JsonObject();
		tool.add("driver", driver);
		return tool;
	}

	private JsonObject result(Finding f, String fingerprint) {
		JsonObject result = ruled(f.code(), f.severity(), f.message());
		JsonArray locations = new JsonArray();
		locations.add(location(f.path(), f.line(), f.column(), f.endLine(), f.endColumn()));
		result.add("locations", locations);
		if (!f.related().isEmpty()) {
			JsonArray related = new JsonArray();
			int id = 1;
			for (Finding.Place place : f.related()) {
				JsonObject location = location(f.path(), place.line(), place.column(), place.endLine(), place.endColumn());
				location.addProperty("id", id++);
				location.add("message", text(place.message()));
				related.add(location);
			}
			result.add("relatedLocations", related);
		}
		JsonObject prints = new JsonObject();
		prints.addProperty("govreport/v1", fingerprint);
		result.add("partialFingerprints", prints);
		if (f.isAcknowledged()) {
			JsonObject suppression = new JsonObject();
			suppression.addProperty("kind", "inSource");
			suppression.addProperty("justification", f.acknowledged());
			JsonArray suppressions = new JsonArray();
			suppressions.add(suppression);
			result.add("suppressions", suppressions);
		}
		return result;
	}

	/** A file that could not be read: a result on the whole file. */
	private JsonObject result(FileFailure failure) {
		JsonObject result = ruled(failure.code(), "error", failure.getMessage());
		JsonObject physical = new JsonObject();
		physical.add("artifactLocation", artifact(failure.path().toString()));
		JsonObject location = new JsonObject();
		location.add("physicalLocation", physical);
		JsonArray locations = new JsonArray();
		locations.add(location);
		result.add("locations", locations);
		return result;
	}

	private JsonObject ruled(String code, String severity, String message) {
		JsonObject result = new JsonObject();
		result.addProperty("ruleId", code);
		int index = catalogue.indexOf(code);
		if (index >= 0) {
			result.addProperty("ruleIndex", index);
		}
		result.addProperty("level", "error".equals(severity) ? "error" : "warning".equals(severity) ? "warning" : "note");
		result.add("message", text(message));
		return result;
	}

	private static JsonObject location(String path, int line, int column, int endLine, int endColumn) {
		JsonObject region = new JsonObject();
		region.addProperty("startLine", line);
		region.addProperty("startColumn", column);
		region.addProperty("endLine", endLine);
		region.addProperty("endColumn", endColumn);
		JsonObject physical = new JsonObject();
		physical.add("artifactLocation", artifact(path));
		physical.add("region", region);
		JsonObject location = new JsonObject();
		location.add("physicalLocation", physical);
		return location;
	}

	private static JsonObject artifact(String path) {
		JsonObject artifact = new JsonObject();
		artifact.addProperty("uri", SourcePaths.uri(path));
		if (SourcePaths.inWorkingDirectory(path)) {
			artifact.addProperty("uriBaseId", ROOT);
		}
		return artifact;
	}

	private static JsonObject text(String text) {
		JsonObject message = new JsonObject();
		message.addProperty("text", text);
		return message;
	}
}
