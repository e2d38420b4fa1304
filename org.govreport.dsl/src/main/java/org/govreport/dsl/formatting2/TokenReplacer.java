package org.govreport.dsl.formatting2;

import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.ITextReplacerContext;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.ITextSegment;

/** Rewrites one token's text: used for header lines, whose column labels are re-spaced into the grid. */
final class TokenReplacer implements ITextReplacer {

	private final ISemanticRegion region;
	private final String text;

	TokenReplacer(ISemanticRegion region, String text) {
		this.region = region;
		this.text = text;
	}

	@Override
	public ITextSegment getRegion() {
		return region;
	}

	@Override
	public ITextReplacerContext createReplacements(ITextReplacerContext context) {
		if (!region.getText().equals(text)) {
			context.addReplacement(region.replaceWith(text));
		}
		return context;
	}
}
