package org.govreport.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.govreport.dsl.tests.Fixture;
import org.junit.jupiter.api.Test;

class ProseValidatorTest {

	private final Fixture consistent = Fixture.consistent();

	@Test
	void numbersThatAgreeWithTheTablesAreFine() {
		consistent.assertNo("W1");
	}

	@Test
	void aNumberInProseThatContradictsTheTable() {
		Fixture f = consistent.replace("收到政府信息公开申请7件", "收到政府信息公开申请8件");
		assertEquals("正文说 “收到政府信息公开申请8件”，但表格中 本年新收·总计 为 7：请改正，或写占位符 {本年新收·总计} 让导出自动填入表格中的数",
				f.assertWarning("W1", f.lineOf("申请8件"), f.columnOf("8件")).message());
	}

	@Test
	void aControlCharacterInProseIsAnErrorOnIt() {
		Fixture f = consistent.replace("收到政府信息公开申请7件", "收到政府信息\u0000公开申请7件");
		assertEquals("正文中有不可见的控制字符 U+0000：请删除（多由复制粘贴带入）",
				f.assertError("S20", f.lineOf("收到政府信息"), f.columnOf("\u0000")).message());
	}

	@Test
	void anEscapeInThePrefaceIsAnErrorToo() {
		Fixture f = consistent.replace("前言 「", "前言 「\u001B[31m");
		f.assertError("S20", f.lineOf("\u001B"), f.columnOf("\u001B"));
	}

	@Test
	void tabsAndLineBreaksAreNoControlCharacterFinding() {
		consistent.assertNo("S20");
	}

	@Test
	void numbersAfterAFewWordsAreRead() {
		Fixture f = consistent.replace("现行有效规范性文件5件", "现行有效规范性文件共计6件");
		f.assertWarning("W1", f.lineOf("共计6件"), f.columnOf("6件"));
	}

	@Test
	void placeholdersAreNotNumbersAndResolve() {
		Fixture f = consistent.replace("收到政府信息公开申请7件", "收到政府信息公开申请{本年新收·总计}件");
		f.assertNo("W1");
		f.assertNo("S15");
	}

	@Test
	void section六MustStateTheFees() {
		consistent.assertNo("W4");
		Fixture f = consistent.replace("本机关本年度未收取信息处理费。", "无。");
		f.assertWarning("W4", f.lineOf("六、"), 1);
	}

	@Test
	void section一ShouldStayShort() {
		consistent.assertNo("W6");
		Fixture f = consistent.replace("全年主动公开信息151条。", "全年主动公开信息151条。" + "公开".repeat(500));
		assertEquals("“一、总体情况” 有 1078 字，宜控制在 1000 字左右（通知要求总体情况简明扼要）",
				f.assertWarning("W6", f.lineOf("一、"), 1).message());
	}
}
