package org.govreport.dsl.service.findings;

import java.io.PrintWriter;

/**
 * {@code PATH:LINE:COL: error|warning: MESSAGE [CODE]} per finding, then the summary line. The files that could
 * not be read are the command's to say (on standard error); the summary counts them.
 */
public class TextFindings implements FindingsWriter {

	@Override
	public void write(CheckRun run, PrintWriter out) {
		run.findings().forEach(f -> out.println(f.toLine()));
		out.println("检查了 " + run.files() + " 个文件：" + run.errors() + " 个错误，" + run.warnings() + " 个警告"
				+ (run.acknowledged() > 0 ? "，" + run.acknowledged() + " 个警告已确认忽略" : "")
				+ (run.failures().isEmpty() ? "" : "，" + run.failures().size() + " 个文件无法读取"));
	}

}
