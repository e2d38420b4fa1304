package org.govreport.eclipse.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.TextInvocationContext;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.govreport.eclipse.server.OpenReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The server's fix for a broken total, applied as the Problems view applies it (through the
 * workbench's marker resolutions): the total is corrected and the marker goes; the editor's quick
 * assist offers the same fix.
 */
class QuickFixTest {

	private IProject project;

	@BeforeEach
	void setUp() throws Exception {
		project = Workbench.project("quickfix", Examples.REPORT, Examples.LAST_YEAR);
	}

	@AfterEach
	void tearDown() throws Exception {
		Workbench.delete(project);
	}

	@Test
	void fixCorrectsTheTotalAndTheMarkerGoes() throws Exception {
		IFile file = project.getFile(Examples.REPORT);
		ITextEditor editor = Workbench.open(file);
		IDocument document = Workbench.document(editor);
		IMarker marker = breakTotal(editor, file);

		assertTrue(Workbench.ui(() -> IDE.getMarkerHelpRegistry().hasResolutions(marker)), "Quick Fix would be greyed out");
		IMarkerResolution[] fixes = Workbench.ui(() -> IDE.getMarkerHelpRegistry().getResolutions(marker));
		IMarkerResolution fix = Arrays.stream(fixes).filter(f -> f.getLabel().contains("29")).findFirst()
				.orElseThrow(() -> new AssertionError("no fix to 29: " + Arrays.stream(fixes).map(IMarkerResolution::getLabel).toList()));
		Workbench.ui(() -> {
			fix.run(marker);
			return null;
		});

		assertTrue(Workbench.ui(document::get).contains(Examples.ROW), "the total is not 29 again");
		Workbench.waitFor("the marker to go", () -> Workbench.errors(file).isEmpty());
		assertEquals(0, Workbench.errors(file).size());
	}

	/** Ctrl+1 and the ruler's Quick Fix: the Generic Editor offers the marker resolutions at the marked cell. */
	@Test
	void editorQuickAssistOffersTheFix() throws Exception {
		IFile file = project.getFile(Examples.REPORT);
		ITextEditor editor = Workbench.open(file);
		IMarker marker = breakTotal(editor, file);
		ISourceViewer viewer = Workbench.viewer(editor);
		int offset = marker.getAttribute(IMarker.CHAR_START, -1);

		IQuickAssistProcessor assist = Workbench.ui(() -> Workbench.configuration(editor).getQuickAssistAssistant(viewer)
				.getQuickAssistProcessor());
		// The editor's annotation model learns of the marker from the workspace's change events.
		Workbench.waitFor("the fix offered at the marked cell",
				() -> Arrays.stream(Workbench.ui(() -> assist.computeQuickAssistProposals(new TextInvocationContext(viewer, offset, 0))))
						.anyMatch(p -> p.getDisplayString().contains("29")));
	}

	private static IMarker breakTotal(ITextEditor editor, IFile file) throws InterruptedException {
		OpenReport report = Workbench.report(editor);
		Workbench.built(report, 1);
		Workbench.replace(Workbench.document(editor), Examples.ROW, Examples.BROKEN_ROW);
		Workbench.waitFor("an error marker", () -> !Workbench.errors(file).isEmpty());
		return Workbench.errors(file).get(0);
	}
}
