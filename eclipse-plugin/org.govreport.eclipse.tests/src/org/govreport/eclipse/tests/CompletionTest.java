package org.govreport.eclipse.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.texteditor.ITextEditor;
import org.govreport.eclipse.server.OpenReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Completion on an empty line of a table offers the table's row labels, and applying one inserts it. */
class CompletionTest {

	private IProject project;

	@BeforeEach
	void setUp() throws Exception {
		project = Workbench.project("completion", Examples.REPORT, Examples.LAST_YEAR);
	}

	@AfterEach
	void tearDown() throws Exception {
		Workbench.delete(project);
	}

	@Test
	void emptyRowLineOffersRowLabels() throws Exception {
		ITextEditor editor = Workbench.open(project.getFile(Examples.REPORT));
		OpenReport report = Workbench.report(editor);
		Workbench.built(report, 1);
		IDocument document = Workbench.document(editor);
		Workbench.replace(document, Examples.ROW + "\n", Examples.ROW + "\n  \n");
		Workbench.built(report, 2);
		int offset = Workbench.ui(() -> document.get().indexOf(Examples.ROW + "\n  \n") + Examples.ROW.length() + 3);

		ISourceViewer viewer = Workbench.viewer(editor);
		IContentAssistProcessor processor = Workbench.ui(() -> ((ContentAssistant) Workbench.configuration(editor)
				.getContentAssistant(viewer)).getContentAssistProcessor(IDocument.DEFAULT_CONTENT_TYPE));
		ICompletionProposal[] proposals = Workbench.ui(() -> processor.computeCompletionProposals(viewer, offset));
		List<String> labels = Arrays.stream(proposals).map(ICompletionProposal::getDisplayString).toList();
		assertTrue(labels.stream().anyMatch(l -> l.startsWith("部分公开")), () -> labels.toString());

		ICompletionProposal partly = Arrays.stream(proposals).filter(p -> p.getDisplayString().startsWith("部分公开"))
				.findFirst().orElseThrow();
		Workbench.ui(() -> {
			partly.apply(document);
			return null;
		});
		String line = Workbench.ui(() -> {
			int number = document.getLineOfOffset(offset);
			return document.get(document.getLineOffset(number), document.getLineLength(number));
		});
		assertTrue(line.strip().startsWith("部分公开"), line);
	}
}
