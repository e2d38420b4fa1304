package org.govreport.dsl.export;

/** Turns a report into the bytes of one file format. */
@FunctionalInterface
public interface Exporter {

	byte[] export(ReportDocument document);
}
