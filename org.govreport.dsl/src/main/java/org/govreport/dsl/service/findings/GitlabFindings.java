package org.govreport.dsl.service.findings;

import java.io.PrintWriter;
import java.util.List;

import org.govreport.dsl.service.FileFailure;
import org.govreport.dsl.service.Finding;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * GitLab Code Quality JSON (the {@code codequality} report of a job): one issue per finding with
 * {@code description, check_name, fingerprint, severity, location.path, location.lines.begin}. Errors are
 * {@code critical} (they stop publication), warnings {@code minor}, acknowledged warnings {@code info}; a file that
 * could not be read is a {@code blocker} on its line 1.
 */
public class GitlabFindings implements FindingsWriter {

	@Override
	public void write(CheckRun run, PrintWriter out) {
		JsonArray issues = new JsonArray();
		List<String> fingerprints = Fingerprints.of(run.findings());
		for (int i = 0; i < run.findings().size(); i++) {
			Finding f = run.findings().get(i);
			String description = f.isAcknowledged() ? f.message() + "（已确认忽略：" + f.acknowledged() + "）" : f.message();
			String severity = f.isAcknowledged() ? "info" : f.isError() ? "critical" : "minor";
			issues.add(issue(description, f.code(), fingerprints.get(i), severity, f.path(), f.line()));
		}
		for (FileFailure failure : run.failures()) {
			String path = failure.path().toString();
			issues.add(issue(failure.getMessage(), failure.code(), Fingerprints.ofFailure(path, failure.code()),
					"blocker", path, 1));
		}
		out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(issues));
	}

	private static JsonObject issue(String description, String code, String fingerprint, String severity, String path,
			int line) {
		JsonObject issue = new JsonObject();
		issue.addProperty("description", description);
		issue.addProperty("check_name", code);
		issue.addProperty("fingerprint", fingerprint);
		issue.addProperty("severity", severity);
		JsonObject lines = new JsonObject();
		lines.addProperty("begin", line);
		JsonObject location = new JsonObject();
		location.addProperty("path", SourcePaths.relative(path));
		location.add("lines", lines);
		issue.add("location", location);
		return issue;
	}
}
