package org.govreport.dsl.ide.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.resource.XtextResource;

/**
 * The binding used until the export module is wired in (see GovReportIdeModule): it offers no
 * format, so every command answers with a clear error instead of writing anything.
 */
public class NoReportExporter implements ReportExporter {

	private static final String MISSING = "这个版本的语言服务器没有包含导出模块。";

	@Override
	public List<String> formats() {
		return List.of();
	}

	@Override
	public String html(XtextResource report) throws IOException {
		throw new IOException(MISSING);
	}

	@Override
	public Path export(XtextResource report, String format, Path folder) throws IOException {
		throw new IOException(MISSING);
	}
}
