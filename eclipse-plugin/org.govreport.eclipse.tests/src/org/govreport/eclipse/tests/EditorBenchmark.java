package org.govreport.eclipse.tests;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.texteditor.ITextEditor;
import org.govreport.eclipse.server.OpenReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Benchmark, not a check (runs with {@code -Dgovreport.bench=true}; prints figures, asserts nothing
 * about time): in the started workbench, opening a report until its first diagnostics (with the
 * server's start, and with the server already running), and an edit of a total until the markers
 * show it (p50/p95 over 100 edits that break and mend the total in turn).
 */
@EnabledIfSystemProperty(named = "govreport.bench", matches = "true")
class EditorBenchmark {

	private static final int EDITS = 100;

	@Test
	void openAndEdit() throws Exception {
		IProject project = Workbench.project("bench", Examples.REPORT, Examples.LAST_YEAR, "huarong-bureau-2025.govreport");
		IFile file = project.getFile(Examples.REPORT);

		long start = System.nanoTime();
		ITextEditor editor = Workbench.open(file);
		OpenReport report = Workbench.report(editor);
		Workbench.waitFor("first diagnostics", () -> report.builds() >= 1);
		double cold = millis(start);
		Workbench.built(report, 1);
		double coldMarkers = millis(start);

		start = System.nanoTime();
		ITextEditor other = Workbench.open(project.getFile("huarong-bureau-2025.govreport"));
		OpenReport second = Workbench.report(other);
		Workbench.waitFor("first diagnostics", () -> second.builds() >= 1);
		double warm = millis(start);
		Workbench.ui(() -> {
			Workbench.page().activate(editor);
			return null;
		});

		IDocument document = Workbench.document(editor);
		List<Double> edits = new ArrayList<>();
		for (int i = 0; i < EDITS; i++) {
			boolean breaking = i % 2 == 0;
			String from = breaking ? Examples.ROW : Examples.BROKEN_ROW;
			String to = breaking ? Examples.BROKEN_ROW : Examples.ROW;
			long edit = System.nanoTime();
			Workbench.replace(document, from, to);
			Workbench.waitFor("markers after an edit", () -> Workbench.errors(file).isEmpty() != breaking);
			edits.add(millis(edit));
		}
		Collections.sort(edits);
		System.out.printf(Locale.ROOT, "BENCH open→first diagnostics, server not running: %.0f ms (markers written: %.0f ms)%n", cold, coldMarkers);
		System.out.printf(Locale.ROOT, "BENCH open→first diagnostics, server running: %.0f ms%n", warm);
		System.out.printf(Locale.ROOT, "BENCH edit→markers over %d edits: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", EDITS,
				edits.get(EDITS / 2), edits.get((int) Math.ceil(EDITS * 0.95) - 1), edits.get(EDITS - 1));
		Workbench.delete(project);
	}

	private static double millis(long since) {
		return (System.nanoTime() - since) / 1e6;
	}
}
