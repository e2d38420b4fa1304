package org.govreport.dsl.tests.ide;


import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

class SemanticTokensTest extends ReportServerTest {

	/** A decoded token: where it starts, its type and modifiers by name. */
	private record Token(int line, int character, int length, String type, List<String> modifiers) {
	}

	private List<Token> tokens(String text) {
		String uri = openReport(text);
		List<Integer> data = get(languageServer.semanticTokensFull(new SemanticTokensParams(doc(uri)))).getData();
		SemanticTokensLegend legend = capabilities.getSemanticTokensProvider().getLegend();
		List<Token> tokens = new ArrayList<>();
		int line = 0;
		int character = 0;
		for (int i = 0; i < data.size(); i += 5) {
			line += data.get(i);
			character = data.get(i) == 0 ? character + data.get(i + 1) : data.get(i + 1);
			List<String> modifiers = new ArrayList<>();
			for (int bit = 0; bit < legend.getTokenModifiers().size(); bit++) {
				if ((data.get(i + 4) & (1 << bit)) != 0) {
					modifiers.add(legend.getTokenModifiers().get(bit));
				}
			}
			tokens.add(new Token(line, character, data.get(i + 2), legend.getTokenTypes().get(data.get(i + 3)), modifiers));
		}
		return tokens;
	}

	private static Token tokenAt(List<Token> tokens, Position position) {
		return tokens.stream().filter(t -> t.line() == position.getLine() && t.character() == position.getCharacter())
				.findFirst().orElseThrow(() -> new AssertionError("no token at " + position));
	}

	@Test
	void labelsNumbersTotalsProseAndHeadingsAreTold() {
		String text = sample();
		List<Token> tokens = tokens(text);
		Assertions.assertEquals("property", tokenAt(tokens, at(text, "予以公开")).type());
		Assertions.assertEquals(new Token(at(text, "予以公开 ").getLine(), at(text, "予以公开 ", "2", 0).getCharacter(), 1, "number", List.of()),
				tokenAt(tokens, at(text, "予以公开 ", "2", 0)));
		Assertions.assertEquals(List.of("readonly"), tokenAt(tokens, at(text, "予以公开 2 1 0 0 0 0 ", "3", 0)).modifiers());
		Token totalRow = tokenAt(tokens, at(text, "  总计 ", "总计", 0));
		Assertions.assertEquals(List.of("property", List.of("readonly")), List.of(totalRow.type(), totalRow.modifiers()));
		Assertions.assertEquals("namespace", tokenAt(tokens, at(text, "二、主动公开")).type());
		Assertions.assertEquals("type", tokenAt(tokens, at(text, "申请人情况")).type());
		Assertions.assertEquals("string", tokenAt(tokens, at(text, "「本报告依据")).type());
		Assertions.assertEquals("keyword", tokenAt(tokens, at(text, "发布日期")).type());
		Assertions.assertEquals("comment", tokenAt(tokens, at(text, "# 语言服务器")).type());
	}
}
