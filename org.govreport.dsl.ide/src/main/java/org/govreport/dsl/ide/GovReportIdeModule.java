package org.govreport.dsl.ide;

import org.eclipse.xtext.ide.LexerIdeBindings;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.internal.Lexer;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.codeActions.QuickFixCodeActionService;
import org.eclipse.xtext.ide.server.codelens.ICodeLensService;
import org.eclipse.xtext.ide.server.commands.IExecutableCommandService;
import org.eclipse.xtext.ide.server.folding.FoldingRangeService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper;
import org.govreport.dsl.ide.codelens.TotalCodeLenses;
import org.govreport.dsl.ide.contentassist.GovReportContentAssistLexer;
import org.govreport.dsl.ide.commands.GovReportCommands;
import org.govreport.dsl.ide.completion.GovReportProposalProvider;
import org.govreport.dsl.ide.folding.DistinctFoldingRanges;
import org.govreport.dsl.ide.hover.GovReportHoverService;
import org.govreport.dsl.ide.quickfix.GovReportQuickfixProvider;
import org.govreport.dsl.ide.semantictokens.GovReportHighlighting;
import org.govreport.dsl.ide.symbols.OutlineSymbols;

import com.google.inject.Binder;
import com.google.inject.name.Names;

/**
 * Guice bindings of the language server: what differs from Xtext's generic IDE defaults, one
 * binding per LSP feature. Formatting and go-to-definition use Xtext's services as they
 * are (with the runtime's formatter and scoping).
 */
public class GovReportIdeModule extends AbstractGovReportIdeModule {

	// Completion lexes nested prose of any depth without overflowing the stack, as the parser does.
	@Override
	public void configureContentAssistLexer(Binder binder) {
		binder.bind(Lexer.class).annotatedWith(Names.named(LexerIdeBindings.CONTENT_ASSIST))
				.to(GovReportContentAssistLexer.class);
	}

	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return GovReportProposalProvider.class;
	}

	public Class<? extends IHoverService> bindIHoverService() {
		return GovReportHoverService.class;
	}

	public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
		return GovReportHighlighting.class;
	}

	public Class<? extends ICodeLensService> bindICodeLensService() {
		return TotalCodeLenses.class;
	}

	public Class<? extends IExecutableCommandService> bindIExecutableCommandService() {
		return GovReportCommands.class;
	}

	public Class<? extends FoldingRangeService> bindFoldingRangeService() {
		return DistinctFoldingRanges.class;
	}

	public Class<? extends DocumentSymbolMapper.DocumentSymbolNameProvider> bindDocumentSymbolNameProvider() {
		return OutlineSymbols.Names.class;
	}

	public Class<? extends DocumentSymbolMapper.DocumentSymbolKindProvider> bindDocumentSymbolKindProvider() {
		return OutlineSymbols.Kinds.class;
	}

	public Class<? extends DocumentSymbolMapper.DocumentSymbolDetailsProvider> bindDocumentSymbolDetailsProvider() {
		return OutlineSymbols.Details.class;
	}

	// Quick fixes (declarative @QuickFix methods) become LSP code actions.
	public Class<? extends ICodeActionService2> bindICodeActionService2() {
		return QuickFixCodeActionService.class;
	}

	public Class<? extends IQuickFixProvider> bindIQuickFixProvider() {
		return GovReportQuickfixProvider.class;
	}
}
