package org.govreport.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.govreport.dsl.tests.Fixture;
import org.junit.jupiter.api.Test;

class PlausibilityValidatorTest {

	private final Fixture consistent = Fixture.consistent();

	@Test
	void aTownMakesNoRegulations() {
		consistent.assertNo("W3");
		Fixture f = consistent.cell("规章", 2, "2");
		assertEquals("乡镇、街道和县级机关不能制定规章，规章·现行有效件数 通常应为 0，实际为 2（是否应填在 行政规范性文件？）",
				f.assertWarning("W3", f.line("规章"), f.column("规章", 2)).message());
	}

	@Test
	void aProvinceMayHaveRegulations() {
		consistent.cell("规章", 2, "2").replace("重庆市巴南区东温泉镇人民政府", "重庆市人民政府").assertNo("W3");
		consistent.cell("规章", 2, "2").replace("重庆市巴南区东温泉镇人民政府", "广西壮族自治区人民政府").assertNo("W3");
	}

	@Test
	void aLargeShareOfOtherOutcomes() {
		Fixture f = consistent.cell("其他处理·其他", 6, "10").cell("总计", 6, "17");
		assertEquals("“其他处理” 占全部办理结果的 59%（10/17），请核实其中是否有应计入具体情形的申请",
				f.assertWarning("W3", f.line("总计"), f.column("总计", 6)).message());
	}
}
