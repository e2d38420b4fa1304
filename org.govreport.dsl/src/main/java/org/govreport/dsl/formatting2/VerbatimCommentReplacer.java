package org.govreport.dsl.formatting2;

import org.eclipse.xtext.formatting2.ITextReplacerContext;
import org.eclipse.xtext.formatting2.internal.CommentReplacer;
import org.eclipse.xtext.formatting2.internal.WhitespaceReplacer;
import org.eclipse.xtext.formatting2.regionaccess.IComment;

/**
 * Keeps a comment exactly as written (clerks align notes by hand) and lets it take the indentation
 * of the line it stands on, where Xtext's default would pin column-0 comments to column 0.
 */
final class VerbatimCommentReplacer extends CommentReplacer {

	VerbatimCommentReplacer(IComment comment) {
		super(comment);
	}

	@Override
	public ITextReplacerContext createReplacements(ITextReplacerContext context) {
		return context;
	}

	@Override
	public void configureWhitespace(WhitespaceReplacer leading, WhitespaceReplacer trailing) {
		// the surrounding white space follows the formatter's rules for that place
	}
}
