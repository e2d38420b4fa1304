package org.govreport.dsl.service.findings;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import org.govreport.dsl.service.FileFailure;

import com.google.gson.GsonBuilder;

/**
 * An array of findings as they are ({@code path, line, column, endLine, endColumn, severity, code, message,
 * subject, related}, and {@code acknowledged} with its reason), then one {@code {path, severity, code, message}}
 * per file that could not be read.
 */
public class JsonFindings implements FindingsWriter {

	/** A file that could not be checked, in the shape of a finding without a place. */
	private record Failure(String path, String severity, String code, String message) {
	}

	@Override
	public void write(CheckRun run, PrintWriter out) {
		List<Object> all = new ArrayList<>(run.findings());
		for (FileFailure failure : run.failures()) {
			all.add(new Failure(failure.path().toString(), "error", failure.code(), failure.getMessage()));
		}
		out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(all));
	}
}
