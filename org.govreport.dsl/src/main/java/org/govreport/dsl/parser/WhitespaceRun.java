package org.govreport.dsl.parser;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.RecognizerSharedState;
import org.antlr.runtime.Token;

/**
 * Lexes a run of white space, the grammar's WS ({@code ' ' '\t' '\r' '\n' '\u3000'}), in one loop. The rule
 * ANTLR generates looks at each character up to six times, and a report's tables are aligned with spaces:
 * that rule was a tenth of parsing a report. No other token starts with white space, so the token is the same.
 */
public final class WhitespaceRun {

	private WhitespaceRun() {
	}

	/** @return false, having read nothing, when the next character is no white space */
	public static boolean lex(CharStream input, RecognizerSharedState state, int type) {
		if (!isWhitespace(input.LA(1))) {
			return false;
		}
		do {
			input.consume();
		} while (isWhitespace(input.LA(1)));
		state.type = type;
		state.channel = Token.DEFAULT_CHANNEL;
		return true;
	}

	private static boolean isWhitespace(int c) {
		return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\u3000';
	}
}
