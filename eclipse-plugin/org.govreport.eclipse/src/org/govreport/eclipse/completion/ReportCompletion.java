package org.govreport.eclipse.completion;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.govreport.eclipse.GovReportPlugin;
import org.govreport.eclipse.server.OpenReport;
import org.govreport.eclipse.text.Positions;

/**
 * Completion from the server (headings and row labels in the form's order, empty tables, a whole
 * report in an empty file), in the server's order. Snippets are inserted as plain text.
 */
public class ReportCompletion implements IContentAssistProcessor {

	private static final long TIMEOUT_MS = 3000;

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		IDocument document = viewer.getDocument();
		OpenReport report = GovReportPlugin.get().server().report(document).orElse(null);
		if (report == null) {
			return new ICompletionProposal[0];
		}
		try {
			CompletionParams params = new CompletionParams(new TextDocumentIdentifier(report.uri()),
					Positions.position(document, offset));
			Either<List<CompletionItem>, CompletionList> answer = GovReportPlugin.get().server()
					.request(c -> c.server().getTextDocumentService().completion(params))
					.get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
			List<CompletionItem> items = answer == null ? List.of() : answer.isLeft() ? answer.getLeft() : answer.getRight().getItems();
			return items.stream().map(item -> proposal(document, offset, item)).toArray(ICompletionProposal[]::new);
		} catch (BadLocationException | ExecutionException | TimeoutException e) {
			return new ICompletionProposal[0];
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return new ICompletionProposal[0];
		}
	}

	private static ICompletionProposal proposal(IDocument document, int offset, CompletionItem item) {
		int start = offset;
		int end = offset;
		String text = item.getInsertText() != null ? item.getInsertText() : item.getLabel();
		if (item.getTextEdit() != null && item.getTextEdit().isLeft()) {
			TextEdit edit = item.getTextEdit().getLeft();
			try {
				start = Positions.offset(document, edit.getRange().getStart());
				end = Math.max(offset, Positions.offset(document, edit.getRange().getEnd()));
				text = edit.getNewText();
			} catch (BadLocationException e) {
				// Insert at the cursor.
			}
		}
		String insert = item.getInsertTextFormat() == InsertTextFormat.Snippet ? Snippets.plain(text) : text;
		String detail = item.getDetail() == null ? null : item.getDetail();
		return new CompletionProposal(insert, start, end - start, Snippets.cursor(text, insert), null, item.getLabel(),
				null, detail);
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return null;
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
