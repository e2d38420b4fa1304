package org.govreport.eclipse.text;

import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.TextEdit;

/** Applies the server's edits (formatting, fixes) to a document, last one first so offsets hold. */
public final class DocumentEdits {

	private DocumentEdits() {
	}

	public static void apply(IDocument document, List<? extends TextEdit> edits) throws BadLocationException {
		Comparator<TextEdit> byStart = Comparator.comparingInt((TextEdit e) -> e.getRange().getStart().getLine())
				.thenComparingInt(e -> e.getRange().getStart().getCharacter());
		for (TextEdit edit : edits.stream().map(TextEdit.class::cast).sorted(byStart.reversed()).toList()) {
			int start = Positions.offset(document, edit.getRange().getStart());
			int end = Positions.offset(document, edit.getRange().getEnd());
			document.replace(start, end - start, edit.getNewText());
		}
	}
}
