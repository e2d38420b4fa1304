package org.govreport.dsl.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.xtext.resource.XtextResource;
import org.govreport.dsl.formatting2.DisplayWidth;
import org.govreport.dsl.govReport.Report;
import org.govreport.dsl.imports.ImportException;
import org.govreport.dsl.imports.ImportNote;
import org.govreport.dsl.imports.ReportImport;
import org.govreport.dsl.report.ResolvedReport;

import com.google.gson.GsonBuilder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code govreport audit}: the supervising office's view of a folder of published reports — each is
 * imported in memory and checked, one line per report (organ, year, errors and warnings by rule), totals
 * at the end.
 */
@Command(name = "audit", description = { "批量检查已发布的报告（导入后检查，不写文件）：每份报告一行，最后是合计。",
		"Imports (in memory) and checks published reports: one line per report, then totals." })
final class AuditCommand implements Callable<Integer> {

	enum OutputFormat {
		text, json, csv
	}

	/** The files audit reads from a folder. */
	private static final Set<String> EXTENSIONS = Set.of(".txt", ".text", ".html", ".htm", ".docx", ".json", ".govreport");

	/** One audited report. */
	record Line(String path, String organ, int year, String format, int errors, int warnings, int unreadable,
			Map<String, Integer> codes, String failure) {
	}

	@Spec
	private CommandSpec spec;

	@Option(names = "--format", defaultValue = "text", description = "输出格式 output format: ${COMPLETION-CANDIDATES}")
	private OutputFormat format;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "报告文件或文件夹（.txt .html .docx .json .govreport）")
	private List<Path> paths;

	@Override
	public Integer call() {
		// Reports are audited on all cores; the ordered results keep the lines in the files' order.
		List<Line> lines = files().parallelStream().map(AuditCommand::audit).toList();
		PrintWriter out = spec.commandLine().getOut();
		switch (format) {
		case json -> out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create()
				.toJson(Map.of("reports", lines, "totals", totals(lines))));
		case csv -> csv(lines, out);
		case text -> text(lines, out);
		}
		boolean bad = lines.stream().anyMatch(l -> l.errors() > 0 || l.failure() != null || l.unreadable() > 0);
		return bad ? ExitCodes.FINDINGS : ExitCodes.OK;
	}

	private List<Path> files() {
		List<Path> files = new ArrayList<>();
		for (Path path : paths) {
			if (!Files.isDirectory(path)) {
				if (!Files.exists(path)) {
					throw new UnreadableFileException(path, "文件不存在");
				}
				files.add(path);
				continue;
			}
			try (Stream<Path> walk = Files.walk(path)) {
				walk.filter(Files::isRegularFile).filter(p -> EXTENSIONS.contains(extension(p))).sorted().forEach(files::add);
			} catch (IOException | UncheckedIOException e) {
				throw new UnreadableFileException(path, "无法读取文件夹：" + e.getMessage());
			}
		}
		return files;
	}

	private static Line audit(Path path) {
		try {
			XtextResource resource;
			int unreadable = 0;
			if (extension(path).equals(ReportFiles.EXTENSION)) {
				resource = ReportLoader.load(path);
			} else {
				ReportImport.Result imported = ReportImport.of(path);
				unreadable = (int) imported.notes().stream().filter(ImportNote::isGap).count();
				resource = ReportLoader.parse(ReportImport.target(path), imported.text());
			}
			List<Finding> findings = Findings.of(path, resource);
			Map<String, Integer> codes = new TreeMap<>();
			findings.forEach(f -> codes.merge(f.code(), 1, Integer::sum));
			Report report = resource.getContents().isEmpty() ? null : (Report) resource.getContents().get(0);
			int errors = (int) findings.stream().filter(Finding::isError).count();
			return new Line(path.toString(), report == null || report.getOrgan() == null ? "" : report.getOrgan(),
					report == null ? 0 : report.getYear(), report == null ? "" : ResolvedReport.formatOf(report),
					errors, findings.size() - errors, unreadable, codes, null);
		} catch (ImportException | UnreadableFileException e) {
			return new Line(path.toString(), "", 0, "", 0, 0, 0, Map.of(), e.getMessage());
		}
	}

	private static Map<String, Object> totals(List<Line> lines) {
		Map<String, Integer> codes = new TreeMap<>();
		lines.forEach(l -> l.codes().forEach((code, n) -> codes.merge(code, n, Integer::sum)));
		return Map.of("reports", lines.size(), "withErrors", lines.stream().filter(l -> l.errors() > 0).count(),
				"unreadableFiles", lines.stream().filter(l -> l.failure() != null).count(),
				"errors", lines.stream().mapToInt(Line::errors).sum(), "warnings", lines.stream().mapToInt(Line::warnings).sum(),
				"unreadableCells", lines.stream().mapToInt(Line::unreadable).sum(), "codes", codes);
	}

	private static void text(List<Line> lines, PrintWriter out) {
		List<List<String>> table = new ArrayList<>();
		table.add(List.of("文件", "机关", "年度", "格式", "错误", "警告", "无法读取", "规则"));
		for (Line l : lines) {
			table.add(List.of(l.path(), l.failure() != null ? "无法导入：" + l.failure() : l.organ(),
					l.year() == 0 ? "" : Integer.toString(l.year()), l.format(), Integer.toString(l.errors()),
					Integer.toString(l.warnings()), Integer.toString(l.unreadable()), codes(l.codes())));
		}
		int[] widths = new int[8];
		table.forEach(row -> {
			for (int i = 0; i < row.size(); i++) {
				widths[i] = Math.max(widths[i], DisplayWidth.of(row.get(i)));
			}
		});
		for (List<String> row : table) {
			StringBuilder line = new StringBuilder();
			for (int i = 0; i < row.size(); i++) {
				String cell = row.get(i);
				String pad = " ".repeat(widths[i] - DisplayWidth.of(cell));
				boolean number = i >= 4 && i <= 6;
				line.append(number ? pad + cell : cell + (i < row.size() - 1 ? pad : "")).append(i < row.size() - 1 ? "  " : "");
			}
			out.println(line.toString().stripTrailing());
		}
		Map<String, Object> t = totals(lines);
		@SuppressWarnings("unchecked")
		Map<String, Integer> codes = (Map<String, Integer>) t.get("codes");
		out.println("合计：" + t.get("reports") + " 份报告，" + t.get("withErrors") + " 份有错误，" + t.get("unreadableFiles")
				+ " 份无法导入；错误 " + t.get("errors") + " 个，警告 " + t.get("warnings") + " 个，无法读取的单元格 "
				+ t.get("unreadableCells") + " 个" + (codes.isEmpty() ? "" : "；按规则：" + codes(codes)));
	}

	private static void csv(List<Line> lines, PrintWriter out) {
		out.println("path,organ,year,format,errors,warnings,unreadable_cells,codes,failure");
		for (Line l : lines) {
			out.println(String.join(",", csvField(l.path()), csvField(l.organ()), Integer.toString(l.year()),
					l.format(), Integer.toString(l.errors()), Integer.toString(l.warnings()),
					Integer.toString(l.unreadable()), csvField(codes(l.codes())), csvField(l.failure() == null ? "" : l.failure())));
		}
	}

	private static String codes(Map<String, Integer> codes) {
		return codes.entrySet().stream().map(e -> e.getKey() + "×" + e.getValue()).collect(Collectors.joining(" "));
	}

	private static String csvField(String value) {
		return value.matches(".*[,\"\\r\\n].*") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
	}

	private static String extension(Path path) {
		String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot);
	}
}
