package org.govreport.dsl;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.govreport.dsl.conversion.GovReportValueConverters;
import org.govreport.dsl.linking.GovReportLinkingMessages;
import org.govreport.dsl.parser.GovReportSyntaxErrorMessages;

/** Guice bindings of the runtime: what differs from Xtext's defaults. */
public class GovReportRuntimeModule extends AbstractGovReportRuntimeModule {

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return GovReportValueConverters.class;
	}

	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return GovReportSyntaxErrorMessages.class;
	}

	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return GovReportLinkingMessages.class;
	}
}
