package org.govreport.eclipse.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One server for all open reports; its process ends when the last report is closed. */
class ServerProcessTest {

	private IProject project;

	@BeforeEach
	void setUp() throws Exception {
		project = Workbench.project("process", Examples.REPORT, Examples.LAST_YEAR);
	}

	@AfterEach
	void tearDown() throws Exception {
		Workbench.delete(project);
	}

	@Test
	void serverEndsWithTheLastReport() throws Exception {
		ITextEditor first = Workbench.open(project.getFile(Examples.REPORT));
		Workbench.built(Workbench.report(first), 1);
		ITextEditor second = Workbench.open(project.getFile(Examples.LAST_YEAR));
		Workbench.built(Workbench.report(second), 1);
		List<ProcessHandle> servers = servers();
		assertEquals(1, servers.size(), "one server for both reports");

		Workbench.ui(() -> Workbench.page().closeEditor(first, false));
		assertTrue(servers.get(0).isAlive(), "a report is still open");

		Workbench.ui(() -> Workbench.page().closeEditor(second, false));
		Workbench.waitFor("the server process to end", () -> !servers.get(0).isAlive());
		assertTrue(servers().isEmpty());
	}

	/** The language servers this Eclipse started. */
	private static List<ProcessHandle> servers() {
		return ProcessHandle.current().children()
				.filter(p -> p.info().commandLine().orElse("").contains("GovReportServerLauncher")).toList();
	}
}
