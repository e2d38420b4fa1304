package org.govreport.dsl.parser;

import java.util.Map;

import org.antlr.runtime.EarlyExitException;
import org.antlr.runtime.MismatchedTokenException;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

/** Syntax errors in Chinese, for clerks, with the stable code {@value #SYNTAX}. */
public class GovReportSyntaxErrorMessages extends SyntaxErrorMessageProvider {

	/** Code of every syntax error. */
	public static final String SYNTAX = "P1";

	private static final Map<String, String> TOKEN_NAMES = Map.of(
			"RULE_NUMBER", "数字",
			"RULE_LABEL", "行标签",
			"RULE_PROSE", "「正文」",
			"RULE_STRING", "带英文双引号的文字",
			"RULE_HEADING", "章节标题（如 一、总体情况）",
			"RULE_HEADER_LINE", "表头行",
			"RULE_ANY_OTHER", "无法识别的字符",
			"EOF", "文件结尾");

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		return new SyntaxErrorMessage(message(context), SYNTAX);
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
		return new SyntaxErrorMessage(context.getDefaultMessage(), SYNTAX);
	}

	private String message(IParserErrorContext context) {
		RecognitionException e = context.getRecognitionException();
		Token token = e == null ? null : e.token;
		if (token == null || token.getType() == Token.EOF) {
			return "文件意外结束：内容不完整（是否缺少 “}”、“」” 或某一部分？）";
		}
		String found = "“" + token.getText() + "”";
		if (e instanceof MismatchedTokenException mismatch && mismatch.expecting >= 0
				&& mismatch.expecting < context.getTokenNames().length) {
			return "此处应为" + describe(context.getTokenNames()[mismatch.expecting]) + "，实际为 " + found;
		}
		if (e instanceof EarlyExitException) {
			return "此处缺少内容，实际为 " + found;
		}
		if (token.getText() != null && token.getText().matches("[A-Za-z]+.*")) {
			return "无法识别 " + found + "：表格单元格只能填写数字（金额可带小数），标签须为中文";
		}
		return "此处不应出现 " + found;
	}

	private static String describe(String tokenName) {
		String name = TOKEN_NAMES.get(tokenName);
		if (name != null) {
			return name;
		}
		return tokenName.startsWith("'") ? " “" + tokenName.substring(1, tokenName.length() - 1) + "” " : tokenName;
	}
}
