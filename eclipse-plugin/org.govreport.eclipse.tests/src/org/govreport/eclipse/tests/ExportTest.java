package org.govreport.eclipse.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.texteditor.ITextEditor;
import org.govreport.eclipse.server.OpenReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 导出 HTML and 导出 DOCX write the exports beside the report, through the server's command. */
class ExportTest {

	private IProject project;

	@BeforeEach
	void setUp() throws Exception {
		project = Workbench.project("export", Examples.REPORT, Examples.LAST_YEAR);
	}

	@AfterEach
	void tearDown() throws Exception {
		Workbench.delete(project);
	}

	@Test
	void exportsHtmlAndDocxBesideTheReport() throws Exception {
		IFile file = project.getFile(Examples.REPORT);
		ITextEditor editor = Workbench.open(file);
		OpenReport report = Workbench.report(editor);
		Workbench.built(report, 1);

		for (String format : new String[] { "html", "docx" }) {
			Workbench.ui(() -> {
				ICommandService commands = editor.getSite().getService(ICommandService.class);
				ParameterizedCommand export = ParameterizedCommand.generateCommand(commands.getCommand("org.govreport.eclipse.export"),
						Map.of("org.govreport.eclipse.export.format", format));
				return editor.getSite().getService(IHandlerService.class).executeCommand(export, null);
			});
			Path written = Path.of(file.getLocationURI()).resolveSibling(Examples.REPORT.replace(".govreport", "." + format));
			Workbench.waitFor(written.getFileName() + " to be written", () -> Files.isRegularFile(written));
			Workbench.waitFor(written.getFileName() + " to show in the workspace", () -> project.getFile(written.getFileName().toString()).exists());
			assertTrue(Files.size(written) > 1000, written + " is almost empty");
		}
	}
}
