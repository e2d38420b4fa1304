package org.govreport.dsl;

/** Sets the language up outside an IDE (CLI, tests). */
public class GovReportStandaloneSetup extends GovReportStandaloneSetupGenerated {

	public static void doSetup() {
		new GovReportStandaloneSetup().createInjectorAndDoEMFRegistration();
	}
}
