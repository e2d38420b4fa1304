package org.govreport.eclipse.text;

import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.govreport.eclipse.GovReportPlugin;

/**
 * Applies a server's workspace edit (a fix) to the files it names, through their text file buffers:
 * a file open in an editor is changed there (and left unsaved, as any quick fix does); a file that is
 * not open is changed and saved.
 */
public final class WorkspaceEdits {

	private WorkspaceEdits() {
	}

	public static void apply(WorkspaceEdit edit) throws CoreException {
		for (Map.Entry<String, List<TextEdit>> file : byFile(edit).entrySet()) {
			apply(file.getKey(), file.getValue());
		}
	}

	private static Map<String, List<TextEdit>> byFile(WorkspaceEdit edit) {
		Map<String, List<TextEdit>> byFile = new LinkedHashMap<>();
		if (edit.getDocumentChanges() != null) {
			edit.getDocumentChanges().stream().filter(change -> change.isLeft()).map(change -> change.getLeft())
					.forEach((TextDocumentEdit d) -> byFile.put(d.getTextDocument().getUri(), d.getEdits().stream().map(TextEdit.class::cast).toList()));
		} else if (edit.getChanges() != null) {
			byFile.putAll(edit.getChanges());
		}
		return byFile;
	}

	private static void apply(String uri, List<TextEdit> edits) throws CoreException {
		IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(Path.of(URI.create(uri)).toUri());
		if (files.length == 0) {
			throw new CoreException(Status.error("不在工作区中的文件，无法修改：" + uri));
		}
		ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
		IPath path = files[0].getFullPath();
		manager.connect(path, LocationKind.IFILE, null);
		try {
			ITextFileBuffer buffer = manager.getTextFileBuffer(path, LocationKind.IFILE);
			boolean wasDirty = buffer.isDirty();
			boolean shared = buffer.isShared();
			DocumentEdits.apply(buffer.getDocument(), edits);
			if (!wasDirty && !shared) {
				buffer.commit(null, false);
			}
		} catch (BadLocationException e) {
			throw new CoreException(new Status(IStatus.ERROR, GovReportPlugin.ID, "修改位置已失效，请重试：" + e.getMessage(), e));
		} finally {
			manager.disconnect(path, LocationKind.IFILE, null);
		}
	}
}
