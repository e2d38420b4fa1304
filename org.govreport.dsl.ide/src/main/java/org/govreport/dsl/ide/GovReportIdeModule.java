package org.govreport.dsl.ide;

/** Guice bindings of the language server: what differs from Xtext's generic IDE defaults. */
public class GovReportIdeModule extends AbstractGovReportIdeModule {
}
