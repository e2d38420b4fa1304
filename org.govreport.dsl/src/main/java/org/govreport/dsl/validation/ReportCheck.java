package org.govreport.dsl.validation;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.govreport.dsl.form.Forms;
import org.govreport.dsl.govReport.Report;
import org.govreport.dsl.report.ReportViews;
import org.govreport.dsl.report.ResolvedReport;

import com.google.inject.Inject;

/**
 * Base of the validators of one concept (arithmetic, structure, prose …). They are composed into
 * {@link GovReportValidator} with {@code @ComposedChecks}, so they do not register themselves.
 */
public abstract class ReportCheck extends AbstractGovReportValidator {

	@Inject
	private ReportViews views;

	@Inject
	private Forms forms;

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into GovReportValidator, which is the one registered
	}

	protected ReportViews views() {
		return views;
	}

	/** Every format version, and the checks' facts. */
	protected Forms forms() {
		return forms;
	}

	/**
	 * The report around an object, read through its form (computed once per parse). The last one asked for is
	 * also kept in the validation's context: the checks of cells and rows ask for it from every cell, and the
	 * resource's cache costs more to ask than the context.
	 */
	protected ResolvedReport resolved(EObject object) {
		Report report = EcoreUtil2.getContainerOfType(object, Report.class);
		Map<Object, Object> context = getContext();
		if (context == null) {
			return views.resolved(report);
		}
		if (context.get(ResolvedReport.class) instanceof ResolvedReport last && last.report() == report) {
			return last;
		}
		ResolvedReport resolved = views.resolved(report);
		context.put(ResolvedReport.class, resolved);
		return resolved;
	}

	/** An error on a range of the text (offset and length in the file). */
	protected void errorAt(String message, EObject object, int offset, int length, String code, String... data) {
		getMessageAcceptor().acceptError(message, object, offset, length, code, data);
	}

	protected void warningAt(String message, EObject object, int offset, int length, String code, String... data) {
		getMessageAcceptor().acceptWarning(message, object, offset, length, code, data);
	}

	/** An error on the first token of an object ({ of a table, the label of a row), not on all of it. */
	protected void errorOnFirstToken(String message, EObject object, String code, String... data) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(object);
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden()) {
				errorAt(message, object, leaf.getOffset(), leaf.getLength(), code, data);
				return;
			}
		}
		error(message, object, null, code, data);
	}
}
