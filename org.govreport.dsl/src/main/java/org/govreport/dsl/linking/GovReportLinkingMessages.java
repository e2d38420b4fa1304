package org.govreport.dsl.linking;

import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;

/** Unresolved references in Chinese, with the stable code {@value #UNRESOLVED}. */
public class GovReportLinkingMessages extends LinkingDiagnosticMessageProvider {

	/** Code of a reference that cannot be resolved (上年报告 names a missing or broken file). */
	public static final String UNRESOLVED = "P2";

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		return new DiagnosticMessage("找不到上年报告 “" + context.getLinkText()
				+ "”：文件不存在，或不是可解析的 .govreport 报告（路径相对于本文件所在的文件夹）", Severity.ERROR, UNRESOLVED);
	}
}
