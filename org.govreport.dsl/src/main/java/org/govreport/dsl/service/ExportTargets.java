package org.govreport.dsl.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.govreport.dsl.export.ExportFormat;

/**
 * Names the files one export run writes — beside each report, or under an output folder keeping the
 * folders below a given folder — and refuses to let a second report overwrite what a first one wrote
 * (two a.govreport from different folders exported into one -o folder).
 */
public final class ExportTargets {

	private final Path output;

	private final Map<Path, Path> writtenFor = new HashMap<>();

	/** @param output the output folder, or null to write beside each report */
	public ExportTargets(Path output) {
		this.output = output;
	}

	/**
	 * The file {@code file}'s export in {@code format} goes to; {@code root} is the path given for it.
	 *
	 * @throws FileFailure when another report of this run already exports to the same file
	 */
	public Path of(Path root, Path file, ExportFormat format) {
		return of(root, file, ReportFiles.exportName(file, format));
	}

	/**
	 * The file named {@code fileName} that {@code file} writes (a notice beside its report's exports, …).
	 *
	 * @throws FileFailure when another report of this run already writes to the same file
	 */
	public Path of(Path root, Path file, String fileName) {
		Path target;
		if (output == null) {
			target = file.resolveSibling(fileName);
		} else {
			target = output.resolve(Files.isDirectory(root) ? root.relativize(file).resolveSibling(fileName) : Path.of(fileName));
		}
		Path first = writtenFor.putIfAbsent(target.toAbsolutePath().normalize(), file);
		if (first != null && !first.equals(file)) {
			throw new FileFailure(file, FileFailure.UNWRITABLE,
					"导出文件 " + target + " 已由 " + first + " 写入，未覆盖（同名的报告请分别导出到不同的文件夹）");
		}
		return target;
	}
}
