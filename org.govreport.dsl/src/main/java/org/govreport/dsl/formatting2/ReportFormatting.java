package org.govreport.dsl.formatting2;

import java.util.List;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Formats a whole parsed report into its canonical text (CLI, tests; the language server has its own entry). */
public class ReportFormatting {

	@Inject
	private Provider<IFormatter2> formatter;

	@Inject
	private Provider<TextRegionAccessBuilder> regionAccessBuilder;

	/**
	 * The canonical text of a report that parsed without syntax errors, every line ending as its first line's.
	 *
	 * @throws IllegalArgumentException when the report has syntax errors (they must be fixed first)
	 */
	public String format(XtextResource resource) {
		if (resource.getParseResult().hasSyntaxErrors()) {
			throw new IllegalArgumentException("report has syntax errors");
		}
		ITextRegionAccess regions = regionAccessBuilder.get().forNodeModel(resource).create();
		FormatterRequest request = new FormatterRequest();
		request.setTextRegionAccess(regions);
		request.setFormatUndefinedHiddenRegionsOnly(false);
		List<ITextReplacement> replacements = formatter.get().format(request);
		String original = resource.getParseResult().getRootNode().getText();
		return LineEndings.like(original, regions.getRewriter().renderToString(replacements));
	}
}
