package org.govreport.dsl.service.findings;

import java.io.PrintWriter;

/** Writes a check's findings in one output format, for a person or for a CI tool. */
public interface FindingsWriter {

	void write(CheckRun run, PrintWriter out);
}
