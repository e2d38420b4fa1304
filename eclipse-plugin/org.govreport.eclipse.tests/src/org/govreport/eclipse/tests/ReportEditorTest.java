package org.govreport.eclipse.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.ui.texteditor.ITextEditor;
import org.govreport.eclipse.server.OpenReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A correct report opens in the Generic Editor, is checked by the server and has no error marker. */
class ReportEditorTest {

	private IProject project;

	@BeforeEach
	void setUp() throws Exception {
		project = Workbench.project("editor", Examples.REPORT, Examples.LAST_YEAR);
	}

	@AfterEach
	void tearDown() throws Exception {
		Workbench.delete(project);
	}

	@Test
	void opensInTheGenericEditorWithoutErrors() throws Exception {
		IFile file = project.getFile(Examples.REPORT);
		IContentType type = file.getContentDescription().getContentType();
		assertEquals("org.govreport.eclipse.report", type.getId());

		ITextEditor editor = Workbench.open(file);
		assertEquals("org.eclipse.ui.genericeditor.GenericEditor", Workbench.ui(() -> editor.getSite().getId()));

		OpenReport report = Workbench.report(editor);
		Workbench.built(report, 1);
		assertTrue(Workbench.errors(file).isEmpty(), () -> "error markers: " + Workbench.errors(file));
	}
}
