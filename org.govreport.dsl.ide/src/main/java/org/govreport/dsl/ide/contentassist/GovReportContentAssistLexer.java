package org.govreport.dsl.ide.contentassist;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.RecognitionException;
import org.govreport.dsl.ide.contentassist.antlr.internal.InternalGovReportLexer;
import org.govreport.dsl.parser.NestedProse;

/** Completion's lexer, reading prose without recursion like the parser's ({@link NestedProse}). */
public class GovReportContentAssistLexer extends InternalGovReportLexer {

	public GovReportContentAssistLexer() {
	}

	public GovReportContentAssistLexer(CharStream input) {
		super(input);
	}

	@Override
	public void mTokens() throws RecognitionException {
		if (!NestedProse.lex(this, input, state, RULE_PROSE)) {
			super.mTokens();
		}
	}
}
