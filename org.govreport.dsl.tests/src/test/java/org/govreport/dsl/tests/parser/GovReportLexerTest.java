package org.govreport.dsl.tests.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.Lexer;
import org.antlr.runtime.Token;
import org.govreport.dsl.parser.GovReportLexer;
import org.govreport.dsl.parser.antlr.internal.InternalGovReportLexer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The parser's lexer yields the tokens of the lexer ANTLR generates from the grammar, white space read in one
 * loop and prose without recursion notwithstanding: every report of the tests' resources, and texts with every
 * kind of white space in every place.
 */
class GovReportLexerTest {

	static Stream<String> texts() throws IOException {
		List<String> texts = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/test/resources"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".govreport")).sorted().toList()) {
				texts.add(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)); // one is not UTF-8 on purpose
			}
		}
		texts.add(" \t\r\n\u3000报告 \"某镇\"\u3000年度 2025\r\n\t# 注释 \n「正文 \u3000 「内」 」  \n\n");
		texts.add("报告\"某镇\"年度2025 ");
		texts.add("\u3000");
		texts.add("三 、 予以公开 1 2\t3 \u00A0 4\n");
		texts.add("");
		return texts.stream();
	}

	@ParameterizedTest
	@MethodSource("texts")
	void yieldsTheGeneratedLexersTokens(String text) {
		List<String> tokens = tokens(new GovReportLexer(new ANTLRStringStream(text)));
		assertEquals(tokens(new InternalGovReportLexer(new ANTLRStringStream(text))), tokens);
		assertTrue(!tokens.isEmpty() || text.isEmpty());
	}

	/** Each token as its type, channel, place and text, up to the end. */
	private static List<String> tokens(Lexer lexer) {
		List<String> tokens = new ArrayList<>();
		for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
			tokens.add(token.getType() + "/" + token.getChannel() + "@" + token.getLine() + ":"
					+ token.getCharPositionInLine() + " " + token.getText());
		}
		return tokens;
	}
}
