package org.govreport.eclipse.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.texteditor.ITextEditor;
import org.govreport.eclipse.server.OpenReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The format command (as the menu and Ctrl+Shift+F run it) aligns a misaligned report's tables. */
class FormatTest {

	private IProject project;

	@BeforeEach
	void setUp() throws Exception {
		project = Workbench.project("format", Examples.LAST_YEAR);
	}

	@AfterEach
	void tearDown() throws Exception {
		Workbench.delete(project);
	}

	@Test
	void formatAlignsTheTables() throws Exception {
		String aligned = Workbench.example(Examples.REPORT);
		String misaligned = aligned.replaceAll("(?m)^ +", " ").replaceAll("(\\S)  +(\\S)", "$1 $2");
		assertNotEquals(aligned, misaligned);
		ITextEditor editor = Workbench.open(Workbench.write(project, Examples.REPORT, misaligned));
		OpenReport report = Workbench.report(editor);
		Workbench.built(report, 1);

		Workbench.ui(() -> editor.getSite().getService(IHandlerService.class).executeCommand("org.govreport.eclipse.format", null));

		IDocument document = Workbench.document(editor);
		assertEquals(aligned, Workbench.ui(document::get));
	}
}
