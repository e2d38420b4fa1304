package org.govreport.dsl.service;

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
	 * @throws FileFailure when the file cannot be read, is too large or is in no format the importer knows
	 */
	public ReportImport.Result importFile(Path input) {
		return PerFile.run(input, () -> importBytes(input.getFileName().toString(), InputFiles.read(input),
				ReportImport.target(input)));
	}

	/**
	 * Reads a published report file into .govreport text as the importer writes it, not formatted: for an audit,
	 * which parses the text in memory and never shows it (formatting would double an import's time).
	 *
	 * @throws FileFailure when the file cannot be read, is too large or is in no format the importer knows
	 */
	public ReportImport.Result read(Path input) {
		return PerFile.run(input, () -> importer.read(input.getFileName().toString(), InputFiles.read(input)));
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
	 * Where an input's import is written: beside it ({@code output} null), into the folder {@code output}, or
	 * to {@code output} itself when it names a .govreport file.
	 */
	public Path target(Path input, Path output) {
		if (output == null) {
			return ReportImport.target(input);
		}
		return namesAFile(output) ? output : output.resolve(ReportImport.target(input).getFileName());
	}

	/** Whether an output names a .govreport file rather than a folder. */
	public static boolean namesAFile(Path output) {
		return output.getFileName().toString().endsWith(ReportFiles.EXTENSION) && !Files.isDirectory(output);
	}

	/**
	 * Writes an import's text, atomically; a file already there is kept unless {@code overwrite}.
	 *
	 * @throws FileFailure when the file exists (and may not be overwritten) or cannot be written
	 */
	public void write(Path target, ReportImport.Result imported, boolean overwrite) {
		if (Files.exists(target) && !overwrite) {
			throw new FileFailure(target, FileFailure.UNWRITABLE, "文件已存在，未覆盖（加 --force 覆盖）");
		}
		AtomicFiles.write(target, imported.text().getBytes(StandardCharsets.UTF_8));
	}
}
