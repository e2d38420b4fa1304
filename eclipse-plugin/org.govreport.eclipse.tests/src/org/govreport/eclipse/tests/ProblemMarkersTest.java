package org.govreport.eclipse.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.texteditor.ITextEditor;
import org.govreport.eclipse.markers.MarkerAttributes;
import org.govreport.eclipse.server.OpenReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A broken total gives an error marker on its line, with the rule code and the cells of the sum. */
class ProblemMarkersTest {

	private IProject project;

	@BeforeEach
	void setUp() throws Exception {
		project = Workbench.project("markers", Examples.REPORT, Examples.LAST_YEAR);
	}

	@AfterEach
	void tearDown() throws Exception {
		Workbench.delete(project);
	}

	@Test
	void brokenTotalIsMarkedOnItsLineWithItsRuleCode() throws Exception {
		IFile file = project.getFile(Examples.REPORT);
		ITextEditor editor = Workbench.open(file);
		OpenReport report = Workbench.report(editor);
		Workbench.built(report, 1);
		IDocument document = Workbench.document(editor);

		Workbench.replace(document, Examples.ROW, Examples.BROKEN_ROW);
		Workbench.waitFor("an error marker", () -> !Workbench.errors(file).isEmpty());

		List<IMarker> errors = Workbench.errors(file);
		IMarker marker = errors.stream().filter(m -> "R1".equals(m.getAttribute(MarkerAttributes.CODE, ""))).findFirst()
				.orElseThrow(() -> new AssertionError("no R1 marker: " + errors));
		assertEquals(Workbench.lineOf(document, Examples.BROKEN_ROW), marker.getAttribute(IMarker.LINE_NUMBER, -1));
		assertTrue(marker.getAttribute(IMarker.MESSAGE, "").endsWith("(R1)"), marker.getAttribute(IMarker.MESSAGE, ""));
		int start = marker.getAttribute(IMarker.CHAR_START, -1);
		assertEquals("30", Workbench.ui(() -> document.get(start, marker.getAttribute(IMarker.CHAR_END, -1) - start)));
		String related = marker.getAttribute(MarkerAttributes.RELATED, "");
		assertTrue(related.contains("予以公开") && related.lines().count() >= 6, related);
	}
}
