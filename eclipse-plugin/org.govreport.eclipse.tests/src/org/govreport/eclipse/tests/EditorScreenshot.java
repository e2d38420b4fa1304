package org.govreport.eclipse.tests;

import java.lang.reflect.Field;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.jface.text.IInformationControl;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.texteditor.ITextEditor;
import org.govreport.eclipse.hover.ReportHover;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a check: writes a screenshot of the workbench with a broken total's marker and the hover over it
 * (for the documentation), when {@code -Dgovreport.screenshot=FILE.png} is given.
 */
@EnabledIfSystemProperty(named = "govreport.screenshot", matches = ".+")
class EditorScreenshot {

	@Test
	void editorWithMarkerAndHover() throws Exception {
		IProject project = Workbench.project("screenshot", Examples.REPORT, Examples.LAST_YEAR);
		IFile file = project.getFile(Examples.REPORT);
		Workbench.ui(() -> {
			Shell shell = Workbench.page().getWorkbenchWindow().getShell();
			shell.setBounds(0, 0, 1400, 900);
			return null;
		});
		ITextEditor editor = Workbench.open(file);
		Workbench.built(Workbench.report(editor), 1);
		IDocument document = Workbench.document(editor);
		Workbench.replace(document, Examples.ROW, Examples.BROKEN_ROW);
		Workbench.waitFor("an error marker", () -> !Workbench.errors(file).isEmpty());
		int total = Workbench.ui(() -> document.get().indexOf(Examples.BROKEN_ROW)) + Examples.BROKEN_ROW.lastIndexOf("30");
		ISourceViewer viewer = Workbench.viewer(editor);
		Workbench.ui(() -> {
			Workbench.page().showView(IPageLayout.ID_PROBLEM_VIEW);
			Workbench.page().activate(editor);
			viewer.revealRange(total, 2);
			viewer.setSelectedRange(total, 0);
			return null;
		});
		expandProblems();
		// The plugin's hover for the marked total, in the control Eclipse shows it in, placed under the cell
		// (Eclipse opens hovers only in the active shell, and Xvfb has no window manager to activate one).
		ReportHover hover = new ReportHover();
		Object html = hover.getHoverInfo2(viewer, hover.getHoverRegion(viewer, total));
		Workbench.ui(() -> {
			StyledText text = viewer.getTextWidget();
			IInformationControl control = hover.getHoverControlCreator().createInformationControl(text.getShell());
			control.setSizeConstraints(560, 400);
			control.setInformation((String) html);
			Point size = control.computeSizeHint();
			control.setSize(size.x, size.y);
			Point cell = text.getLocationAtOffset(total - viewer.getVisibleRegion().getOffset());
			control.setLocation(text.toDisplay(cell.x - 440, cell.y + text.getLineHeight() + 4));
			control.setVisible(true);
			return null;
		});
		Thread.sleep(2500);
		Workbench.ui(() -> {
			Display display = Display.getDefault();
			Rectangle bounds = Workbench.page().getWorkbenchWindow().getShell().getBounds();
			Image image = new Image(display, bounds.width, bounds.height);
			GC gc = new GC(display);
			gc.copyArea(image, bounds.x, bounds.y);
			gc.dispose();
			ImageLoader png = new ImageLoader();
			png.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
			png.save(System.getProperty("govreport.screenshot"), SWT.IMAGE_PNG);
			image.dispose();
			return null;
		});
		Workbench.delete(project);
	}

	/** Opens the Problems view's groups, so the picture shows the message with its code. */
	private static void expandProblems() {
		Workbench.ui(() -> {
			Object view = Workbench.page().findView(IPageLayout.ID_PROBLEM_VIEW);
			for (Class<?> type = view.getClass(); type != null; type = type.getSuperclass()) {
				for (Field field : type.getDeclaredFields()) {
					if (TreeViewer.class.isAssignableFrom(field.getType())) {
						field.setAccessible(true);
						TreeViewer tree = (TreeViewer) field.get(view);
						tree.expandAll();
						tree.getTree().getColumn(0).setWidth(620);
						return null;
					}
				}
			}
			return null;
		});
	}
}
