package org.govreport.dsl.service;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.govreport.dsl.formatting2.ReportFormatting;

import com.google.inject.Inject;

/** Brings reports into the canonical layout; only white space changes, and a text that does not parse is left as it is. */
public class FormatService {

	/**
	 * A file's text and its canonical layout.
	 *
	 * @param text         the file as read
	 * @param formatted    its canonical layout; the text itself when it has syntax errors
	 * @param syntaxErrors why it could not be formatted
	 */
	public record Outcome(String text, String formatted, List<Finding> syntaxErrors) {

		public boolean parsed() {
			return syntaxErrors.isEmpty();
		}

		public boolean canonical() {
			return formatted.equals(text);
		}
	}

	@Inject
	private ReportLoader loader;

	@Inject
	private CheckService checks;

	@Inject
	private ReportFormatting formatting;

	/** @throws FileFailure whatever went wrong with the file (unreadable, not UTF-8, too large …) */
	public Outcome format(Path file) {
		return PerFile.run(file, () -> {
			String text = loader.readText(file);
			XtextResource resource = loader.parse(file, text);
			if (resource.getParseResult().hasSyntaxErrors()) {
				return new Outcome(text, text, checks.errors(file, resource));
			}
			return new Outcome(text, formatting.format(resource), List.of());
		});
	}

	/** The canonical layout of a text that would live at {@code path}, or the text itself when it does not parse. */
	public String format(Path path, String text) {
		XtextResource resource = loader.parse(path, text);
		return resource.getParseResult().hasSyntaxErrors() ? text : formatting.format(resource);
	}

	/**
	 * Replaces the file with its canonical layout, atomically.
	 *
	 * @throws FileFailure when the file cannot be written
	 */
	public void write(Path file, Outcome outcome) {
		AtomicFiles.write(file, outcome.formatted().getBytes(StandardCharsets.UTF_8));
	}
}
