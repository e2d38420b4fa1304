package org.govreport.eclipse.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.SourceViewerConfiguration;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.AbstractTextEditor;
import org.eclipse.ui.texteditor.ITextEditor;
import org.govreport.eclipse.GovReportPlugin;
import org.govreport.eclipse.markers.ProblemMarkers;
import org.govreport.eclipse.server.OpenReport;

/**
 * Driving the running workbench from the test thread (the UI thread runs the workbench's event
 * loop): projects with example reports, editors, markers, waiting for the language server.
 */
final class Workbench {

	static final Duration TIMEOUT = Duration.ofSeconds(30);

	private Workbench() {
	}

	/** A fresh project holding the named examples of the repository's examples folder. */
	static IProject project(String name, String... examples) throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		for (String example : examples) {
			write(project, example, example(example));
		}
		return project;
	}

	static String example(String name) throws IOException {
		return Files.readString(Path.of(System.getProperty("govreport.examples"), name), StandardCharsets.UTF_8);
	}

	static IFile write(IProject project, String name, String text) throws CoreException {
		IFile file = project.getFile(name);
		ByteArrayInputStream content = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
		if (file.exists()) {
			file.setContents(content, true, false, null);
		} else {
			file.create(content, true, null);
		}
		return file;
	}

	static <T> T ui(Callable<T> call) {
		AtomicReference<T> result = new AtomicReference<>();
		AtomicReference<Exception> failure = new AtomicReference<>();
		Display.getDefault().syncExec(() -> {
			try {
				result.set(call.call());
			} catch (Exception e) {
				failure.set(e);
			}
		});
		if (failure.get() != null) {
			throw new AssertionError(failure.get());
		}
		return result.get();
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	static ITextEditor open(IFile file) {
		return ui(() -> (ITextEditor) IDE.openEditor(page(), file));
	}

	static void closeAll() {
		ui(() -> page().closeAllEditors(false));
	}

	static IDocument document(ITextEditor editor) {
		return ui(() -> editor.getDocumentProvider().getDocument(editor.getEditorInput()));
	}

	static OpenReport report(ITextEditor editor) {
		IDocument document = document(editor);
		waitFor("the report opened on the language server", () -> GovReportPlugin.get().server().report(document).isPresent());
		return GovReportPlugin.get().server().report(document).orElseThrow();
	}

	/** Waits until the server has published diagnostics {@code builds} times and the markers are written. */
	static void built(OpenReport report, int builds) throws InterruptedException {
		waitFor("diagnostics from the language server", () -> report.builds() >= builds);
		Job.getJobManager().join(ProblemMarkers.TYPE, null);
	}

	static List<IMarker> errors(IFile file) {
		try {
			return Arrays.stream(ProblemMarkers.of(file))
					.filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR).toList();
		} catch (CoreException e) {
			throw new AssertionError(e);
		}
	}

	static void replace(IDocument document, String before, String after) {
		ui(() -> {
			int at = document.get().indexOf(before);
			if (at < 0) {
				fail("not in the document: " + before);
			}
			document.replace(at, before.length(), after);
			return null;
		});
	}

	/** The 1-based number of the line that contains {@code text}. */
	static int lineOf(IDocument document, String text) {
		return ui(() -> document.getLineOfOffset(document.get().indexOf(text)) + 1);
	}

	static ISourceViewer viewer(ITextEditor editor) {
		return ui(() -> (ISourceViewer) editor.getAdapter(org.eclipse.jface.text.ITextOperationTarget.class));
	}

	/** The Generic Editor's configuration: the hovers and completion processors it assembled from extensions. */
	static SourceViewerConfiguration configuration(ITextEditor editor) {
		return ui(() -> {
			Method method = AbstractTextEditor.class.getDeclaredMethod("getSourceViewerConfiguration");
			method.setAccessible(true);
			return (SourceViewerConfiguration) method.invoke(editor);
		});
	}

	static void waitFor(String what, BooleanSupplier condition) {
		long end = System.nanoTime() + TIMEOUT.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > end) {
				fail("timed out waiting for " + what);
			}
			try {
				Thread.sleep(10);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				fail("interrupted waiting for " + what);
			}
		}
	}

	static void delete(IProject project) throws CoreException {
		closeAll();
		project.delete(IResource.ALWAYS_DELETE_PROJECT_CONTENT | IResource.FORCE, null);
	}
}
