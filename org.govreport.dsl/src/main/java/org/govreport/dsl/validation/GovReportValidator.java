package org.govreport.dsl.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/**
 * The language's validator: the checks of the standard, composed by concept. The codes are in
 * {@link IssueCodes}; docs/rules.md explains each.
 */
@ComposedChecks(validators = { StructureValidator.class, HeadValidator.class, DomainValidator.class, ArithmeticValidator.class,
		CarryOverValidator.class, ProseValidator.class, PlausibilityValidator.class })
public class GovReportValidator extends AbstractGovReportValidator {
}
