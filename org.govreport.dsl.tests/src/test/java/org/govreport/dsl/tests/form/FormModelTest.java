package org.govreport.dsl.tests.form;

import org.govreport.dsl.tests.ReportTesting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.govreport.dsl.form.ColumnSpec;
import org.govreport.dsl.form.Form;
import org.govreport.dsl.form.Forms;
import org.govreport.dsl.form.RowSpec;
import org.govreport.dsl.form.SectionSpec;
import org.govreport.dsl.form.SumRule;
import org.govreport.dsl.form.TableSpec;
import org.govreport.dsl.form.ValueKind;
import org.junit.jupiter.api.Test;

/** The 2021 form in forms.json against the standard (standard.md): every section, row, column and rule. */
class FormModelTest {

	private final Form form = ReportTesting.forms().form("2021").orElseThrow();

	@Test
	void defaultFormatIs2021() {
		assertEquals("2021", ReportTesting.forms().defaultFormat());
		assertEquals(form, ReportTesting.forms().defaultForm());
	}

	@Test
	void sixSectionsInOrder() {
		assertEquals(List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
				"四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"),
				form.sections().stream().map(SectionSpec::heading).toList());
		assertEquals(List.of("proactive", "requests", "appeals"),
				form.sections().stream().map(SectionSpec::table).filter(t -> t != null).toList());
	}

	@Test
	void table2RowsColumnsAndGroups() {
		TableSpec proactive = form.table("proactive").orElseThrow();
		assertEquals(List.of("regulations", "normative_documents", "licensing", "punishment", "enforcement", "fees"),
				ids(proactive));
		assertEquals(List.of("issued", "repealed", "in_force"), columnIds(proactive.row("regulations").orElseThrow()));
		assertEquals(List.of("本年制发件数", "本年废止件数", "现行有效件数"),
				proactive.row("normative_documents").orElseThrow().columns().stream().map(ColumnSpec::verbatim).toList());
		for (String row : List.of("licensing", "punishment", "enforcement")) {
			assertEquals(List.of("decisions"), columnIds(proactive.row(row).orElseThrow()));
		}
		ColumnSpec amount = proactive.row("fees").orElseThrow().columns().get(0);
		assertEquals("amount", amount.id());
		assertEquals("本年收费金额（单位：万元）", amount.verbatim());
		assertEquals(ValueKind.DECIMAL, amount.kind());
		assertEquals(List.of("第二十条第（一）项"), proactive.row("regulations").orElseThrow().groups());
		assertEquals(List.of("第二十条第（八）项"), proactive.row("fees").orElseThrow().groups());
	}

	@Test
	void table3Has25RowsInTheStandardsOrder() {
		TableSpec requests = form.table("requests").orElseThrow();
		assertEquals(List.of("new", "carried_over", "granted", "partial", "denied.state_secret",
				"denied.prohibited_by_law", "denied.security_stability", "denied.third_party", "denied.internal_affairs",
				"denied.process_info", "denied.enforcement_files", "denied.administrative_query", "unable.not_held",
				"unable.needs_creation", "unable.unclear", "not_processed.petition", "not_processed.duplicate",
				"not_processed.publication", "not_processed.excessive", "not_processed.reconfirm",
				"other.no_correction", "other.unpaid_fee", "other.other", "total", "carried_forward"), ids(requests));
		for (RowSpec row : requests.rows()) {
			assertEquals(List.of("natural_person", "commercial", "research", "social_welfare", "legal_services",
					"other", "total"), columnIds(row));
		}
	}

	@Test
	void table3VerbatimLabelsAndGroups() {
		TableSpec requests = form.table("requests").orElseThrow();
		assertEquals("一、本年新收政府信息公开申请数量", requests.row("new").orElseThrow().verbatim());
		assertEquals("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", requests.row("partial").orElseThrow().verbatim());
		assertEquals("3.危及“三安全一稳定”", requests.row("denied.security_stability").orElseThrow().verbatim());
		assertEquals("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
				requests.row("other.unpaid_fee").orElseThrow().verbatim());
		assertEquals("（七）总计", requests.row("total").orElseThrow().verbatim());
		assertEquals("四、结转下年度继续办理", requests.row("carried_forward").orElseThrow().verbatim());
		assertEquals(List.of("三、本年度办理结果", "（三）不予公开"), requests.row("denied.third_party").orElseThrow().groups());
		assertEquals(List.of("三、本年度办理结果", "（六）其他处理"), requests.row("other.other").orElseThrow().groups());
		assertEquals(List.of("三、本年度办理结果"), requests.row("total").orElseThrow().groups());
		assertEquals(List.of(), requests.row("new").orElseThrow().groups());
		assertEquals("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", requests.note());
		assertEquals("法人或其他组织", requests.row("new").orElseThrow().column("commercial").parent());
		assertEquals("requests.granted.natural_person",
				requests.row("granted").orElseThrow().cellId(requests.row("granted").orElseThrow().column("natural_person")));
	}

	@Test
	void table4ThreeGroupsOfFiveColumns() {
		TableSpec appeals = form.table("appeals").orElseThrow();
		assertEquals(List.of("review", "litigation_direct", "litigation_after_review"), ids(appeals));
		for (RowSpec row : appeals.rows()) {
			assertEquals(List.of("upheld", "corrected", "other", "pending", "total"), columnIds(row));
		}
		assertEquals(List.of("行政诉讼"), appeals.row("litigation_direct").orElseThrow().groups());
	}

	@Test
	void sumRulesR1ToR4() {
		SumRule r1 = rule("requests", "R1");
		assertEquals(SumRule.Kind.ROW_TOTAL, r1.kind());
		assertEquals(List.of("natural_person", "commercial", "research", "social_welfare", "legal_services", "other"),
				r1.terms());
		SumRule r2 = rule("requests", "R2");
		assertEquals(SumRule.Kind.COLUMN_TOTAL, r2.kind());
		List<String> outcomes = ids(form.table("requests").orElseThrow()).subList(2, 23);
		assertEquals(outcomes, r2.terms());
		SumRule r3 = rule("requests", "R3");
		assertEquals(List.of("new", "carried_over"), r3.left());
		assertEquals(List.of("total", "carried_forward"), r3.right());
		SumRule r4 = rule("appeals", "R4");
		assertEquals(List.of("upheld", "corrected", "other", "pending"), r4.terms());
	}

	@Test
	void everyRowLabelIsUniqueAndEveryRowHasCells() {
		for (TableSpec table : form.tables()) {
			List<String> labels = table.rows().stream().map(RowSpec::label).toList();
			assertEquals(labels.size(), labels.stream().distinct().count(), table.id());
			assertTrue(table.rows().stream().allMatch(r -> !r.columns().isEmpty()), table.id());
		}
	}

	private SumRule rule(String table, String code) {
		return form.table(table).orElseThrow().rules().stream().filter(r -> r.code().equals(code)).findFirst()
				.orElseThrow();
	}

	private static List<String> ids(TableSpec table) {
		return table.rows().stream().map(RowSpec::id).toList();
	}

	private static List<String> columnIds(RowSpec row) {
		return row.columns().stream().map(ColumnSpec::id).toList();
	}
}
