package org.govreport.dsl.validation;

/** The language's validator; the checks of the standard are composed into it by concept. */
public class GovReportValidator extends AbstractGovReportValidator {
}
