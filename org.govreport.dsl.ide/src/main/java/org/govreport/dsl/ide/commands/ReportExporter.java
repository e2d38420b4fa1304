package org.govreport.dsl.ide.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.resource.XtextResource;

/**
 * The seam between the language server's commands and the export module: the commands handle
 * arguments, documents and errors; the exporter turns a parsed report into HTML, DOCX, ….
 */
public interface ReportExporter {

	/** The formats {@code govreport.export} accepts (html, docx, …), in the order a menu shows them. */
	List<String> formats();

	/** The report as one HTML page, for the preview. */
	String html(XtextResource report) throws IOException;

	/**
	 * Writes the report in a format into a folder.
	 *
	 * @return the file written
	 */
	Path export(XtextResource report, String format, Path folder) throws IOException;
}
