package org.govreport.dsl.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
	 * @throws ImportException when the file cannot be read or is in no format the importer knows
	 */
	public ReportImport.Result importFile(Path input) {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(input);
		} catch (IOException e) {
			throw new ImportException("无法读取文件：" + e.getMessage(), e);
		}
		return importBytes(input.getFileName().toString(), bytes, ReportImport.target(input));
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

	/** Writes an import's text, atomically. */
	public void write(Path target, ReportImport.Result imported) throws IOException {
		AtomicFiles.write(target, imported.text().getBytes(StandardCharsets.UTF_8));
	}
}
