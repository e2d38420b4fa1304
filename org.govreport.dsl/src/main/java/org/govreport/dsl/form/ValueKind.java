package org.govreport.dsl.form;

/** What a cell may hold. */
public enum ValueKind {
	/** A whole number ≥ 0 (applications, documents, decisions). */
	COUNT,
	/** A decimal ≥ 0, such as the fee amount in 万元. */
	DECIMAL,
	/** A whole number that may be negative (the 2019 format's 本年增/减). */
	SIGNED
}
