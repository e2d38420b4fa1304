package org.govreport.dsl.parser;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.RecognitionException;
import org.govreport.dsl.parser.antlr.internal.InternalGovReportLexer;

/**
 * The parser's lexer, reading prose without recursion ({@link NestedProse}) and white space in one loop
 * ({@link WhitespaceRun}).
 */
public class GovReportLexer extends InternalGovReportLexer {

	public GovReportLexer() {
	}

	public GovReportLexer(CharStream input) {
		super(input);
	}

	@Override
	public void mTokens() throws RecognitionException {
		if (!WhitespaceRun.lex(input, state, RULE_WS) && !NestedProse.lex(this, input, state, RULE_PROSE)) {
			super.mTokens();
		}
	}
}
