package org.govreport.dsl.tests.formatting2;

import static org.govreport.dsl.tests.ReportTesting.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.resource.XtextResource;
import org.govreport.dsl.service.Finding;
import org.govreport.dsl.service.FormatService;
import org.govreport.dsl.tests.Fixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The canonical layout: aligned, idempotent, and never losing a token, a comment or a character of prose. */
class FormatterTest {

	static Stream<Path> reports() {
		return Stream.concat(Stream.of(Path.of("src/test/resources/fixtures/synthetic-3.govreport")),
				examples().stream());
	}

	@Test
	void alignsColumnsWithCjkCountedDoubleAndKeepsComments() {
		assertFormatted("""
				# 试验
				报告 "某镇人民政府" 年度 2025 格式 2021
				发布日期 2026-01-20

				前言 「引言。」

				三、收到和处理政府信息公开申请情况 {
				  申请人情况：  自然人  商业企业  科研机构  社会公益组织  法律服务机构  其他  总计
				  本年新收          12         0         0             0             0     0    12
				  # 说明
				  上年结转           0         0         0             0             0     0     0 // 行尾注释
				}
				""", """
				# 试验
				报告   "某镇人民政府"  年度 2025
				格式 2021 发布日期 2026-01-20
				前言 「引言。」
				三、收到和处理政府信息公开申请情况{
				申请人情况：自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计
				本年新收 12 0 0 0 0 0 12
				# 说明
				     上年结转 0 0 0 0 0 0 0 // 行尾注释
				}""");
	}

	/** A header's colon is kept as written: formatting changes only white space. */
	@Test
	void aHeaderKeepsItsAsciiColon() {
		String formatted = format(Fixture.consistent().text().replace("申请人情况：", "申请人情况:"));
		assertTrue(formatted.contains("\n  申请人情况:  "), formatted);
		assertEquals(formatted, format(formatted));
	}

	/** Characters String.strip() takes for white space stay in the header line they were written in. */
	@Test
	void aHeaderKeepsControlCharactersAndUnicodeSpaces() {
		String header = Fixture.consistent().text().lines().filter(l -> l.contains("申请人情况：")).findFirst().orElseThrow();
		String written = header.replace("申请人情况：", "申请人情况：\u001f") + "\u2000";
		String formatted = format(Fixture.consistent().text().replace(header, written));
		String visible = formatted.replaceAll("[\\s\\u3000]", "");
		assertTrue(visible.contains("申请人情况：\u001f自然人") && visible.contains("总计\u2000"), formatted);
	}

	/** One line ending per file, also where a stray CR stands before one: a second formatting changes nothing. */
	@Test
	void aCarriageReturnBeforeALineEndGoesWithIt() {
		String text = Fixture.consistent().text().replace("\n", "\r\n").replace("151条。\r\n", "151条。\r\r\n");
		String formatted = format(text);
		assertEquals(formatted, format(formatted));
		assertTrue(!formatted.contains("\r\r"), "no CR left before the CRLF");
		assertTrue(formatted.contains("\r\n"), "CRLF kept");
	}

	/** An acknowledgement keeps its place before the row, the section or the head it applies to, so it still applies. */
	@Test
	void keepsAcknowledgementsWhereTheyApply() {
		String messy = Fixture.consistent().cell("行政规范性文件", 2, "6")
				.replace("「本机关本年度未收取信息处理费。」", "「无。」")
				.replace("  行政规范性文件             2             1             6",
						"# govreport: 忽略 W2 ——本年清理废止 3 件\n行政规范性文件 2   1 6")
				.replace("六、其他需要报告的事项", "      # govreport: 忽略 W4 ——另文说明\n六、其他需要报告的事项")
				.replace("报告 \"", "# govreport: 忽略 S13 ——（头部的确认适用于整份报告）\n报告 \"").text();
		String formatted = get(FormatService.class).format(Fixture.THIS_YEAR, messy);
		List<String> lines = formatted.lines().toList();
		assertEquals("  # govreport: 忽略 W2 ——本年清理废止 3 件", lines.get(indexStarting(lines, "  行政规范性文件") - 1));
		assertEquals("# govreport: 忽略 W4 ——另文说明", lines.get(indexStarting(lines, "六、") - 1));
		assertEquals("# govreport: 忽略 S13 ——（头部的确认适用于整份报告）", lines.get(indexStarting(lines, "报告 ") - 1));
		List<Finding> findings = check(Fixture.THIS_YEAR, formatted);
		assertEquals(List.of("W2 本年清理废止 3 件", "W4 另文说明"), findings.stream().filter(Finding::isAcknowledged)
				.map(f -> f.code() + " " + f.acknowledged()).toList());
		// The head's acknowledgement of S13 matches no warning here: still reported after formatting, on its line.
		assertEquals(List.of("I1@" + (indexStarting(lines, "报告 "))), findings.stream().filter(f -> f.code().startsWith("I"))
				.map(f -> f.code() + "@" + f.line()).toList());
	}

	private static int indexStarting(List<String> lines, String start) {
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).startsWith(start)) {
				return i;
			}
		}
		throw new AssertionError("no line starts with " + start);
	}

	@Test
	void unknownCellsAndSignedNumbersTakeTheirColumn() {
		assertFormatted("""
				报告 "某镇" 年度 2025

				三、收到和处理政府信息公开申请情况 {
				  本年新收   1  -3  ?  0  0  0   1
				  上年结转  10   0  0  0  0  0  10
				}
				""", "报告 \"某镇\" 年度 2025 三、收到和处理政府信息公开申请情况 {\n本年新收 1 - 3 ? 0 0 0 1\n上年结转 10 0 0 0 0 0 10 }");
	}

	@Test
	void endsWithExactlyOneLineBreak() {
		assertFormatted("报告 \"某镇\" 年度 2025\n\n一、总体情况 「正文」\n", "报告 \"某镇\" 年度 2025\n一、总体情况 「正文」\n\n\n");
		assertFormatted("报告 \"某镇\" 年度 2025\n\n一、总体情况 「正文」\n", "报告 \"某镇\" 年度 2025 一、总体情况 「正文」");
	}

	@ParameterizedTest
	@MethodSource("reports")
	void formattingIsIdempotent(Path file) {
		String once = format(read(file));
		assertEquals(once, format(once));
	}

	@ParameterizedTest
	@MethodSource("reports")
	void formattingKeepsEveryTokenCommentAndProseCharacter(Path file) {
		String text = read(file);
		assertEquals(tokens(text), tokens(format(text)));
	}

	/** Any white space between tokens, shuffled at random, comes back to the same canonical text. */
	@ParameterizedTest
	@MethodSource("reports")
	void scrambledWhiteSpaceComesBackCanonical(Path file) {
		String canonical = format(read(file));
		Random random = new Random(file.toString().hashCode());
		for (int round = 0; round < 5; round++) {
			assertEquals(canonical, format(scramble(canonical, random)));
		}
	}

	/** Every token that is not white space; header lines compared with their inner spacing folded. */
	private static List<String> tokens(String text) {
		XtextResource resource = parse(text);
		List<String> tokens = new ArrayList<>();
		for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
			String t = leaf.getText();
			if (!t.isBlank()) {
				tokens.add(t.strip().replaceAll("[\\s\\u3000]+", " ").replaceAll("([:：]) ", "$1"));
			}
		}
		return tokens;
	}

	/**
	 * Re-spaces the text between tokens (never inside prose, strings, comments or header lines),
	 * keeping its line breaks: blank lines between table rows are the writer's choice, kept as one.
	 */
	private static String scramble(String text, Random random) {
		XtextResource resource = parse(text);
		StringBuilder out = new StringBuilder();
		for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
			if (leaf.isHidden() && leaf.getText().isBlank()) {
				long breaks = leaf.getText().chars().filter(c -> c == '\n').count();
				String[] spaces = { " ", "   ", "\t", "\u3000" };
				out.append(spaces[random.nextInt(spaces.length)]);
				for (long b = 0; b < breaks; b++) {
					out.append('\n').append(spaces[random.nextInt(spaces.length)]);
				}
			} else {
				out.append(leaf.getText());
			}
		}
		return out.toString();
	}
}
