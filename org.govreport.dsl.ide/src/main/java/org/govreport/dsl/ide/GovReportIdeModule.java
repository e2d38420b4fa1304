package org.govreport.dsl.ide;

import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.codeActions.QuickFixCodeActionService;
import org.govreport.dsl.ide.quickfix.GovReportQuickfixProvider;

/** Guice bindings of the language server: what differs from Xtext's generic IDE defaults. */
public class GovReportIdeModule extends AbstractGovReportIdeModule {

	// Quick fixes (declarative @QuickFix methods) become LSP code actions.
	public Class<? extends ICodeActionService2> bindICodeActionService2() {
		return QuickFixCodeActionService.class;
	}

	public Class<? extends IQuickFixProvider> bindIQuickFixProvider() {
		return GovReportQuickfixProvider.class;
	}
}
