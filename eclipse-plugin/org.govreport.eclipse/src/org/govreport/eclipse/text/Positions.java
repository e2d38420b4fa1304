package org.govreport.eclipse.text;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.Position;

/**
 * LSP positions (line, UTF-16 column) and document offsets. Java strings count UTF-16 units too, so a
 * column is an offset within the line.
 */
public final class Positions {

	private Positions() {
	}

	public static int offset(IDocument document, Position position) throws BadLocationException {
		if (position.getLine() >= document.getNumberOfLines()) {
			return document.getLength();
		}
		int lineStart = document.getLineOffset(position.getLine());
		int lineLength = document.getLineInformation(position.getLine()).getLength();
		return lineStart + Math.min(position.getCharacter(), lineLength);
	}

	public static Position position(IDocument document, int offset) throws BadLocationException {
		int line = document.getLineOfOffset(offset);
		return new Position(line, offset - document.getLineOffset(line));
	}
}
