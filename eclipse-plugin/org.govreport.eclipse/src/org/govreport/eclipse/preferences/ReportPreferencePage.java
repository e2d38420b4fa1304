package org.govreport.eclipse.preferences;

import org.eclipse.jface.preference.DirectoryFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.govreport.eclipse.GovReportPlugin;
import org.govreport.eclipse.server.ReportServer;

/** 首选项 › 年度报告: the Java that runs the language server (takes effect when it next starts). */
public class ReportPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public ReportPreferencePage() {
		super(GRID);
		setDescription("年度报告语言服务器需要 Java 17 或更高版本。留空则使用运行 Eclipse 的 Java。修改后关闭所有报告再打开即生效。");
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(GovReportPlugin.get().getPreferenceStore());
	}

	@Override
	protected void createFieldEditors() {
		addField(new DirectoryFieldEditor(ReportServer.JAVA_HOME, "Java 安装目录（JAVA_HOME）：", getFieldEditorParent()));
	}
}
