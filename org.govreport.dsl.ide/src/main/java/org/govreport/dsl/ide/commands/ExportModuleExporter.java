package org.govreport.dsl.ide.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.govreport.dsl.cli.AtomicFiles;
import org.govreport.dsl.cli.Finding;
import org.govreport.dsl.cli.Findings;
import org.govreport.dsl.cli.ReportFiles;
import org.govreport.dsl.export.ExportFormat;
import org.govreport.dsl.export.HtmlExporter;
import org.govreport.dsl.export.ReportDocument;
import org.govreport.dsl.govReport.Report;

/**
 * The commands' exporter: the export module as {@code govreport export} runs it — same formats, same
 * file names, atomic writes, and a report with errors refused (an editor has no --force; the preview
 * still shows such a report, so the clerk sees what is wrong).
 */
public class ExportModuleExporter implements ReportExporter {

	@Override
	public List<String> formats() {
		return Arrays.stream(ExportFormat.values()).map(ExportFormat::extension).toList();
	}

	@Override
	public String html(XtextResource resource) {
		return HtmlExporter.preview(report(resource));
	}

	@Override
	public Path export(XtextResource resource, String format, Path folder) throws IOException {
		ExportFormat exportFormat = ExportFormat.byExtension(format)
				.orElseThrow(() -> new IOException("不支持的导出格式“" + format + "”"));
		Path source = Path.of(URI.decode(resource.getURI().lastSegment()));
		List<Finding> errors = Findings.of(source, resource).stream().filter(Finding::isError).toList();
		if (!errors.isEmpty()) {
			throw new IOException("报告有 " + errors.size() + " 个错误，未导出；请先改正。第一个：" + errors.get(0).toLine());
		}
		Path target = folder.resolve(ReportFiles.exportName(source, exportFormat));
		AtomicFiles.write(target, exportFormat.exporter(false).export(ReportDocument.of(report(resource))));
		return target;
	}

	private static Report report(XtextResource resource) {
		return (Report) resource.getContents().get(0);
	}
}
