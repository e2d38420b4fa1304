package org.govreport.eclipse.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextHoverExtension2;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.texteditor.ITextEditor;
import org.govreport.eclipse.server.OpenReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hover as the Generic Editor assembles it from the plugin's hover provider: the form's explanation
 * of a row label and a total's computed sum, as HTML the hover renders (no Markdown left).
 */
class HoverTest {

	private static IProject project;

	private static ITextEditor editor;

	@BeforeAll
	static void open() throws Exception {
		project = Workbench.project("hover", Examples.REPORT, Examples.LAST_YEAR);
		editor = Workbench.open(project.getFile(Examples.REPORT));
		OpenReport report = Workbench.report(editor);
		Workbench.built(report, 1);
	}

	@AfterAll
	static void close() throws Exception {
		Workbench.delete(project);
	}

	@Test
	void rowLabelShowsTheFormsLabel() {
		String hover = hoverAt(Examples.ROW.indexOf("予以公开") + 1);
		assertTrue(hover.contains("予以公开</b>"), hover);
		assertTrue(hover.contains("栏目："), hover);
		assertReadable(hover);
	}

	@Test
	void totalShowsTheComputedSum() {
		String hover = hoverAt(Examples.ROW.lastIndexOf("29"));
		assertTrue(hover.contains("= 29"), hover);
		assertTrue(hover.contains("• "), hover);
		assertReadable(hover);
	}

	private static void assertReadable(String hover) {
		assertFalse(hover.contains("**") || hover.contains("`"), hover);
	}

	/** The hover at an offset within {@link Examples#ROW}. */
	private static String hoverAt(int inRow) {
		IDocument document = Workbench.document(editor);
		ISourceViewer viewer = Workbench.viewer(editor);
		int offset = Workbench.ui(() -> document.get().indexOf(Examples.ROW)) + inRow;
		ITextHover hover = Workbench.ui(() -> Workbench.configuration(editor).getTextHover(viewer, IDocument.DEFAULT_CONTENT_TYPE));
		IRegion region = Workbench.ui(() -> hover.getHoverRegion(viewer, offset));
		Object info = ((ITextHoverExtension2) hover).getHoverInfo2(viewer, region);
		// The Generic Editor combines its providers' hovers: a map from each provider to its text.
		return info instanceof Map<?, ?> each ? each.values().toString() : String.valueOf(info);
	}
}
