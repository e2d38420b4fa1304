package org.govreport.dsl;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;
import org.eclipse.xtext.parser.antlr.LexerProvider;
import org.eclipse.xtext.validation.CompositeEValidator;
import org.eclipse.xtext.validation.IDiagnosticConverter;
import org.eclipse.xtext.validation.IResourceValidator;
import org.govreport.dsl.conversion.GovReportValueConverters;
import org.govreport.dsl.linking.GovReportLinkingMessages;
import org.govreport.dsl.form.Forms;
import org.govreport.dsl.parser.GovReportLexer;
import org.govreport.dsl.parser.GovReportSyntaxErrorMessages;
import org.govreport.dsl.parser.antlr.internal.InternalGovReportLexer;
import org.govreport.dsl.validation.AcknowledgingResourceValidator;
import org.govreport.dsl.validation.TrailingCarriageReturnConverter;

import com.google.inject.Binder;
import com.google.inject.Provider;
import com.google.inject.Singleton;
import com.google.inject.name.Names;

/** Guice bindings of the runtime: what differs from Xtext's defaults. */
public class GovReportRuntimeModule extends AbstractGovReportRuntimeModule {

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return GovReportValueConverters.class;
	}

	/** The form registry every check, view and service reads: the forms the tool ships. */
	public void configureForms(Binder binder) {
		binder.bind(Forms.class).toProvider(Forms::standard).in(Singleton.class);
	}

	// The lexer that reads nested prose 「「…」」 of any depth without overflowing the stack.
	@Override
	public Class<? extends Lexer> bindLexer() {
		return GovReportLexer.class;
	}

	@Override
	public Provider<? extends InternalGovReportLexer> provideInternalGovReportLexer() {
		return LexerProvider.create(GovReportLexer.class);
	}

	@Override
	public void configureRuntimeLexer(Binder binder) {
		binder.bind(Lexer.class).annotatedWith(Names.named(LexerBindings.RUNTIME)).to(GovReportLexer.class);
	}

	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return GovReportSyntaxErrorMessages.class;
	}

	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return GovReportLinkingMessages.class;
	}

	/** Problems at the end of a text that ends in a lone CR get a location instead of ending the validation. */
	public Class<? extends IDiagnosticConverter> bindIDiagnosticConverter() {
		return TrailingCarriageReturnConverter.class;
	}

	/** Every validation lays the report's acknowledged warnings (# govreport: 忽略 W2 ——理由) over its issues. */
	public Class<? extends IResourceValidator> bindIResourceValidator() {
		return AcknowledgingResourceValidator.class;
	}

	/**
	 * EMF's generic model constraints find nothing the parser and the rules do not already report (every
	 * feature of the grammar's model is optional), so they are not run on every object of every report.
	 */
	public void configureUseEObjectValidator(Binder binder) {
		binder.bindConstant().annotatedWith(Names.named(CompositeEValidator.USE_EOBJECT_VALIDATOR)).to(false);
	}
}
