package org.govreport.dsl.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/**
 * The language's validator: the checks of the standard, composed by concept. The codes are in
 * {@link IssueCodes}; docs/rules.md explains each.
 */
@ComposedChecks(validators = { StructureValidator.class, DomainValidator.class, ArithmeticValidator.class,
		CarryOverValidator.class, ProseValidator.class, PlausibilityValidator.class })
public class GovReportValidator extends AbstractGovReportValidator {

	/**
	 * Finds the check methods of every composed validator now rather than on the first validation. The
	 * command line calls it on a set-up thread while the first file is read and parsed: by reflection it
	 * costs a cold start about 45 ms.
	 */
	public void prepareChecks() {
		initializeCheckMethods();
	}
}
