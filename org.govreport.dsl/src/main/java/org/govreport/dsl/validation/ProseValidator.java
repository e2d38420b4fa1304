package org.govreport.dsl.validation;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.govreport.dsl.form.CellRef;
import org.govreport.dsl.form.Checks;
import org.govreport.dsl.govReport.GovReportPackage.Literals;
import org.govreport.dsl.govReport.Report;
import org.govreport.dsl.govReport.Section;
import org.govreport.dsl.report.Placeholders;
import org.govreport.dsl.report.Placeholders.Placeholder;
import org.govreport.dsl.report.ResolvedReport;

/**
 * The prose: placeholders name real cells (S15), numbers the prose states about the tables agree
 * with them (W1), 六 states the information-processing fees (W4), 一 stays short (W6), no invisible
 * control character hides in it (S20).
 */
public class ProseValidator extends ReportCheck {

	/** Between the words and the number: a few characters such as 共、共计、案件, but no sentence break. */
	private static final String GAP = "[^0-9０-９，。；：、！？\\r\\n{}「」]{0,6}?";
	private static final String UNIT = "\\s*(?:件|条|个|份|起|宗|项)";
	/** One pattern per word of the form's mentions, compiled once: they run on every prose of every report. */
	private static final Map<String, Pattern> MENTIONS = new ConcurrentHashMap<>();

	@Check
	public void placeholders(Section section) {
		checkPlaceholders(section, Literals.SECTION__PROSE, section.getProse());
	}

	@Check
	public void prefacePlaceholders(Report report) {
		checkPlaceholders(report, Literals.REPORT__PREFACE, report.getPreface());
	}

	@Check
	public void controlCharacters(Section section) {
		checkControlCharacters(section, Literals.SECTION__PROSE, section.getProse());
	}

	@Check
	public void prefaceControlCharacters(Report report) {
		checkControlCharacters(report, Literals.REPORT__PREFACE, report.getPreface());
	}

	@Check
	public void proseNumbers(Section section) {
		checkNumbers(section, Literals.SECTION__PROSE, section.getProse());
	}

	@Check
	public void prefaceNumbers(Report report) {
		checkNumbers(report, Literals.REPORT__PREFACE, report.getPreface());
	}

	@Check
	public void feeStatement(Section section) {
		Checks.Words rule = forms().checks().feeStatement();
		if (!isSection(section, rule.section())) {
			return;
		}
		String prose = section.getProse() == null ? "" : section.getProse();
		if (rule.words().stream().noneMatch(prose::contains)) {
			warning("“" + section.getHeading() + "” 应说明本年度收取信息处理费的情况（发出收费通知的件数和金额，或未收取），见《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）",
					section, Literals.SECTION__HEADING, IssueCodes.FEE_STATEMENT);
		}
	}

	@Check
	public void length(Section section) {
		Checks.Length rule = forms().checks().length();
		if (!isSection(section, rule.section()) || section.getProse() == null) {
			return;
		}
		long characters = section.getProse().codePoints().filter(c -> !Character.isWhitespace(c) && c != '\u3000')
				.count();
		if (characters > rule.maxChars()) {
			warning("“" + section.getHeading() + "” 有 " + characters + " 字，宜控制在 " + rule.maxChars() + " 字左右（通知要求总体情况简明扼要）",
					section, Literals.SECTION__HEADING, IssueCodes.LENGTH);
		}
	}

	private void checkPlaceholders(EObject owner, EStructuralFeature feature, String prose) {
		if (prose == null) {
			return;
		}
		ResolvedReport resolved = resolved(owner);
		int start = proseStart(owner, feature);
		for (Placeholder p : Placeholders.find(resolved.form(), prose)) {
			if (!p.isResolved()) {
				errorAt("占位符 “{" + p.key() + "}” 不对应表格中的任何一格：应写为 {行·列}，如 {本年新收·总计}，或 {requests.new.total}",
						owner, start + p.start(), p.length(), IssueCodes.UNKNOWN_PLACEHOLDER);
			}
		}
	}

	/** S20: a NUL or another control character (pasted from a binary, a terminal) would reach the published page. */
	private void checkControlCharacters(EObject owner, EStructuralFeature feature, String prose) {
		if (prose == null) {
			return;
		}
		int start = proseStart(owner, feature);
		for (int i = 0; i < prose.length(); i++) {
			char c = prose.charAt(i);
			if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
				errorAt(String.format("正文中有不可见的控制字符 U+%04X：请删除（多由复制粘贴带入）", (int) c), owner, start + i, 1,
						IssueCodes.CONTROL_CHARACTER);
				return;
			}
		}
	}

	/** W1: "收到政府信息公开申请3件" where the table says otherwise; the data is the placeholder to write instead. */
	private void checkNumbers(EObject owner, EStructuralFeature feature, String prose) {
		if (prose == null) {
			return;
		}
		ResolvedReport resolved = resolved(owner);
		int start = proseStart(owner, feature);
		Set<Integer> reported = new HashSet<>();
		for (Checks.Mention mention : forms().checks().mentions()) {
			Optional<CellRef> cell = resolved.form().cell(mention.cell());
			Optional<BigDecimal> value = cell.flatMap(c -> resolved.value(c.row(), c.column()));
			if (value.isEmpty()) {
				continue;
			}
			for (String word : mention.words()) {
				if (!prose.contains(word)) {
					continue;
				}
				Matcher m = MENTIONS.computeIfAbsent(word, w -> Pattern.compile(Pattern.quote(w) + GAP + "(\\d+)" + UNIT))
						.matcher(prose);
				while (m.find()) {
					BigDecimal stated = new BigDecimal(m.group(1));
					if (stated.compareTo(value.get()) != 0 && reported.add(m.start(1))) {
						warningAt("正文说 “" + m.group() + "”，但表格中 " + cell.get().name() + " 为 " + value.get().toPlainString()
								+ "：请改正，或写占位符 " + Placeholders.placeholderFor(cell.get()) + " 让导出自动填入表格中的数",
								owner, start + m.start(1), m.end(1) - m.start(1), IssueCodes.PROSE_NUMBER,
								Placeholders.placeholderFor(cell.get()));
					}
				}
			}
		}
	}

	private boolean isSection(Section section, String number) {
		return resolved(section).form().sectionByNumber(number).map(s -> s.heading().equals(section.getHeading()))
				.orElse(false);
	}

	/** The file offset of the prose's first character (after the opening 「). */
	private static int proseStart(EObject owner, EStructuralFeature feature) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(owner, feature);
		return nodes.isEmpty() ? 0 : nodes.get(0).getOffset() + 1;
	}
}
