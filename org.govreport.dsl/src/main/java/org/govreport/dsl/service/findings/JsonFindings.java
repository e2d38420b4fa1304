package org.govreport.dsl.service.findings;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Stream;

import org.govreport.dsl.service.FileFailure;
import org.govreport.dsl.service.Finding;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.stream.JsonWriter;

/**
 * An array of findings as they are ({@code path, line, column, endLine, endColumn, severity, code, message,
 * subject, related}, and {@code acknowledged} with its reason), then one {@code {path, severity, code, message}}
 * per file that could not be read.
 */
public class JsonFindings implements FindingsWriter {

	/** A file that could not be checked, in the shape of a finding without a place. */
	private record Failure(String path, String severity, String code, String message) {
	}

	private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

	@Override
	public void write(CheckRun run, PrintWriter out) {
		write(run.findings().stream(), run.failures(), out);
	}

	/** The same, one finding at a time: an audit of a country's reports is never held as one list. */
	public void write(Stream<Finding> findings, List<FileFailure> failures, PrintWriter out) {
		try {
			JsonWriter json = new JsonWriter(out);
			json.setIndent("  ");
			json.beginArray();
			findings.forEach(f -> GSON.toJson(f, Finding.class, json));
			for (FileFailure failure : failures) {
				GSON.toJson(new Failure(failure.path().toString(), "error", failure.code(), failure.getMessage()), Failure.class, json);
			}
			json.endArray().flush();
			out.println();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
