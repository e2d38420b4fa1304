package org.govreport.dsl.service.findings;

import java.io.PrintWriter;

import org.govreport.dsl.service.FileFailure;
import org.govreport.dsl.service.Finding;

/**
 * GitHub Actions workflow commands, {@code ::error file=…,line=…,col=…,endLine=…,endColumn=…,title=CODE::message}:
 * GitHub shows each as an annotation on the line of the pull request's file. An acknowledged warning is a
 * {@code notice} with its reason; a file that could not be read is an error on the file.
 */
public class GithubFindings implements FindingsWriter {

	@Override
	public void write(CheckRun run, PrintWriter out) {
		for (Finding f : run.findings()) {
			String command = f.isAcknowledged() ? "notice" : f.isError() ? "error" : "warning";
			String title = f.isAcknowledged() ? f.code() + " 已确认忽略" : f.code();
			String message = f.isAcknowledged() ? f.message() + "（已确认忽略：" + f.acknowledged() + "）" : f.message();
			out.println("::" + command + " file=" + property(SourcePaths.relative(f.path())) + ",line=" + f.line() + ",col="
					+ f.column() + ",endLine=" + f.endLine() + ",endColumn=" + f.endColumn() + ",title=" + property(title)
					+ "::" + data(message));
		}
		for (FileFailure failure : run.failures()) {
			out.println("::error file=" + property(SourcePaths.relative(failure.path().toString())) + ",title="
					+ property(failure.code()) + "::" + data(failure.getMessage()));
		}
	}

	/** A command's message: {@code %}, CR and LF are escaped, or the runner would cut or misread it. */
	static String data(String text) {
		return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
	}

	/** A property's value: also {@code :} and {@code ,}, which separate the properties. */
	static String property(String text) {
		return data(text).replace(":", "%3A").replace(",", "%2C");
	}
}
