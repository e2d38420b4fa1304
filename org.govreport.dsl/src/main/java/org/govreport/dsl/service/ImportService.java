package org.govreport.dsl.service;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.govreport.dsl.form.Forms;
import org.govreport.dsl.imports.ImportException;
import org.govreport.dsl.imports.ReportImport;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/** Imports published reports into .govreport text in the canonical layout, and writes them. */
@Singleton
public class ImportService {

	private final ReportImport importer;

	@Inject
	private FormatService formatting;

	@Inject
	ImportService(Forms forms) {
		this.importer = new ReportImport(forms);
	}

	/**
	 * Imports a published report file, as if its .govreport file lived beside it.
	 *
	 * @throws FileFailure when the file cannot be read, is too large or is in no format the importer knows
	 */
	public ReportImport.Result importFile(Path input) {
		return PerFile.run(input, () -> importBytes(input.getFileName().toString(), InputFiles.read(input),
				ReportImport.target(input)));
	}

	/**
	 * Imports the bytes of a file named {@code name}; {@code target} is where the .govreport file will live
	 * (relative references resolve from there).
	 *
	 * @throws ImportException when the bytes are in no format the importer knows
	 */
	public ReportImport.Result importBytes(String name, byte[] bytes, Path target) {
		ReportImport.Result read = importer.read(name, bytes);
		return read.withText(formatting.format(target, read.text()));
	}

	/**
	 * Writes an import's text, atomically.
	 *
	 * @throws FileFailure when the file cannot be written
	 */
	public void write(Path target, ReportImport.Result imported) {
		AtomicFiles.write(target, imported.text().getBytes(StandardCharsets.UTF_8));
	}
}
