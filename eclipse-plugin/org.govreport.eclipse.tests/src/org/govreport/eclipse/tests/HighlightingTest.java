package org.govreport.eclipse.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The editor is coloured from the server's semantic tokens: headings bold, row labels and numbers apart. */
class HighlightingTest {

	private IProject project;

	@BeforeEach
	void setUp() throws Exception {
		project = Workbench.project("highlighting", Examples.REPORT, Examples.LAST_YEAR);
	}

	@AfterEach
	void tearDown() throws Exception {
		Workbench.delete(project);
	}

	@Test
	void headingsRowLabelsAndNumbersAreStyled() throws Exception {
		ITextEditor editor = Workbench.open(project.getFile(Examples.REPORT));
		Workbench.built(Workbench.report(editor), 1);
		IDocument document = Workbench.document(editor);
		ISourceViewer viewer = Workbench.viewer(editor);
		int heading = Workbench.ui(() -> document.get().indexOf("一、总体情况"));
		Workbench.waitFor("the heading to be styled", () -> styleAt(viewer, heading) != null);

		assertEquals(SWT.BOLD, styleAt(viewer, heading).fontStyle & SWT.BOLD);
		int row = Workbench.ui(() -> document.get().indexOf(Examples.ROW));
		StyleRange label = styleAt(viewer, row + Examples.ROW.indexOf("予以公开"));
		StyleRange number = styleAt(viewer, row + Examples.ROW.indexOf("20"));
		assertNotEquals(null, label);
		assertNotEquals(null, number);
		assertNotEquals(label.foreground, number.foreground);
	}

	private static StyleRange styleAt(ISourceViewer viewer, int offset) {
		return Workbench.ui(() -> {
			StyleRange style = viewer.getTextWidget().getStyleRangeAtOffset(offset);
			return style == null || style.foreground == null ? null : style;
		});
	}
}
