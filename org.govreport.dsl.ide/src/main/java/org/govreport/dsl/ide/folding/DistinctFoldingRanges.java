package org.govreport.dsl.ide.folding;

import java.util.List;

import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.folding.FoldingRangeService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Singleton;

/**
 * Xtext's folding (every element over several lines), with one range per line span: a section
 * whose table starts on the heading line would otherwise fold twice over the same lines.
 */
@Singleton
public class DistinctFoldingRanges extends FoldingRangeService {

	@Override
	public List<FoldingRange> createFoldingRanges(Document document, XtextResource resource,
			CancelIndicator cancelIndicator) {
		return super.createFoldingRanges(document, resource, cancelIndicator).stream().distinct().toList();
	}
}
