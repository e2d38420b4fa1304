package org.govreport.dsl.parser;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.Lexer;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.RecognizerSharedState;
import org.antlr.runtime.Token;

/**
 * Lexes prose 「…」, nested pairs included, with a depth counter. The lexer ANTLR generates from the
 * grammar's recursive PROSE_NESTED calls itself once per level and overflows the stack at a few thousand
 * levels; this loop reads any depth and yields the same token.
 */
public final class NestedProse {

	private static final char OPEN = '「';
	private static final char CLOSE = '」';

	private NestedProse() {
	}

	/**
	 * Reads the prose the lexer stands at, as one token of {@code type}.
	 *
	 * @return false, having read nothing, when the next character does not open prose
	 * @throws RecognitionException for prose never closed, as the generated lexer throws it
	 */
	public static boolean lex(Lexer lexer, CharStream input, RecognizerSharedState state, int type)
			throws RecognitionException {
		if (input.LA(1) != OPEN) {
			return false;
		}
		input.consume();
		int depth = 1;
		while (depth > 0) {
			int next = input.LA(1);
			if (next == CharStream.EOF) {
				lexer.match(CLOSE);
				return true;
			}
			depth += next == OPEN ? 1 : next == CLOSE ? -1 : 0;
			input.consume();
		}
		state.type = type;
		state.channel = Token.DEFAULT_CHANNEL;
		return true;
	}
}
