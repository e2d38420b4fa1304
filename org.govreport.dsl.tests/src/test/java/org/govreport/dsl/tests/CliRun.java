package org.govreport.dsl.tests;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.govreport.dsl.cli.Main;

/** Runs the command line in-process and keeps what it printed: {@code CliRun.of("check", path)}. */
public record CliRun(int exitCode, String out, String err) {

	public static CliRun of(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
		return new CliRun(code, out.toString(), err.toString());
	}
}
