package org.govreport.dsl;

/** Sets the language up outside an IDE (CLI, tests, the language server). */
public class GovReportStandaloneSetup extends GovReportStandaloneSetupGenerated {

	public static void doSetup() {
		new GovReportStandaloneSetup().createInjectorAndDoEMFRegistration();
	}
}
