package org.govreport.dsl.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.govreport.dsl.govReport.GovReportPackage;
import org.govreport.dsl.govReport.Report;

/** Compares the heads of two reports: organ, year, format, publishing date and last year's report. */
final class HeadDiffer {

	private HeadDiffer() {
	}

	static List<HeadChange> diff(Report old, Report now) {
		Map<String, String> before = fields(old);
		Map<String, String> after = fields(now);
		List<HeadChange> changes = new ArrayList<>();
		after.forEach((field, value) -> {
			if (!Objects.equals(before.get(field), value)) {
				changes.add(new HeadChange(field, before.get(field), value));
			}
		});
		return changes;
	}

	/** The head's fields by the keyword a report writes them with, null where a report leaves one out. */
	static Map<String, String> fields(Report report) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("报告", report.getOrgan());
		fields.put("年度", yearText(report));
		fields.put("格式", report.getFormat());
		fields.put("发布日期", report.getDate());
		fields.put("上年报告", previousText(report));
		return fields;
	}

	private static String yearText(Report report) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(report, GovReportPackage.Literals.REPORT__YEAR);
		return nodes.isEmpty() ? null : NodeModelUtils.getTokenText(nodes.get(0));
	}

	/** The file name as written (the reference need not resolve: the old side may come from a revision). */
	private static String previousText(Report report) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(report, GovReportPackage.Literals.REPORT__PREVIOUS);
		if (nodes.isEmpty()) {
			return null;
		}
		String text = NodeModelUtils.getTokenText(nodes.get(0));
		return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"") ? text.substring(1, text.length() - 1)
				: text;
	}
}
