package org.govreport.dsl.scoping;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.Scopes;
import org.govreport.dsl.govReport.GovReportPackage;
import org.govreport.dsl.govReport.Report;

import com.google.inject.Inject;

/**
 * Resolves {@code 上年报告 "…"}: the string is a path relative to the report's own file, and the
 * scope holds last year's report loaded from there.
 */
public class GovReportScopeProvider extends AbstractGovReportScopeProvider {

	@Inject
	private IQualifiedNameConverter names;

	@Override
	public IScope getScope(EObject context, EReference reference) {
		if (reference == GovReportPackage.Literals.REPORT__PREVIOUS && context instanceof Report report) {
			return previousReportScope(report);
		}
		return super.getScope(context, reference);
	}

	private IScope previousReportScope(Report report) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(report, GovReportPackage.Literals.REPORT__PREVIOUS);
		Resource resource = report.eResource();
		if (nodes.isEmpty() || resource == null || resource.getResourceSet() == null) {
			return IScope.NULLSCOPE;
		}
		String text = nodes.get(0).getText().strip();
		String path = text.length() >= 2 ? text.substring(1, text.length() - 1) : text;
		if (path.isEmpty()) {
			return IScope.NULLSCOPE;
		}
		try {
			URI target = URI.createURI(path).resolve(resource.getURI());
			if (absent(resource.getResourceSet(), target)) {
				return IScope.NULLSCOPE;
			}
			Resource previous = resource.getResourceSet().getResource(target, true);
			if (previous == null || previous.getContents().isEmpty()
					|| !(previous.getContents().get(0) instanceof Report last)) {
				return IScope.NULLSCOPE;
			}
			return Scopes.scopeFor(List.of(last), r -> names.toQualifiedName(path), IScope.NULLSCOPE);
		} catch (RuntimeException unreadable) {
			// A missing or unreadable file leaves the reference unresolved, which the linker reports.
			return IScope.NULLSCOPE;
		}
	}

	/**
	 * A file that is neither loaded (an editor's open document is) nor on disk: asking the resource set to load
	 * it would only fail, and a failed load costs an exception and its stack.
	 */
	private static boolean absent(ResourceSet resources, URI target) {
		return target.isFile() && resources.getResource(target, false) == null
				&& !Files.exists(Path.of(target.toFileString()));
	}
}
