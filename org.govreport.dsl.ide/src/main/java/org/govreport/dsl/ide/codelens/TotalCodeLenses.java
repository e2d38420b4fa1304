package org.govreport.dsl.ide.codelens;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.DocumentExtensions;
import org.eclipse.xtext.ide.server.codelens.ICodeLensService;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.govreport.dsl.govReport.Report;
import org.govreport.dsl.report.ArithmeticAnalysis.Equation;
import org.govreport.dsl.report.ArithmeticAnalysis.Term;
import org.govreport.dsl.report.ReportViews;

import com.google.inject.Inject;

/**
 * A code lens above every total that disagrees with its terms: "合计应为 12（R2：总计·自然人），表中为 11",
 * from the same sums the validator checks. The lens is text only (no command id): the fix is the
 * validator's quick fix on the same cell.
 */
public class TotalCodeLenses implements ICodeLensService {

	@Inject
	private DocumentExtensions documents;

	@Inject
	private ReportViews views;

	@Override
	public List<? extends CodeLens> computeCodeLenses(Document document, XtextResource resource, CodeLensParams params,
			CancelIndicator indicator) {
		List<CodeLens> lenses = new ArrayList<>();
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Report report)) {
			return lenses;
		}
		for (Equation sum : views.arithmetic(report).all()) {
			if (!sum.hasTotal() || !sum.broken()) {
				continue;
			}
			Term total = sum.total();
			String title = "合计应为 " + sum.rightSum().map(BigDecimal::toPlainString).orElseThrow() + "（"
					+ sum.rule().code() + "：" + total.ref().name() + "），表中为 " + total.written();
			CodeLens lens = new CodeLens(documents.newRange(resource, NodeModelUtils.getNode(total.cell()).getTextRegion()));
			lens.setCommand(new Command(title, ""));
			lenses.add(lens);
		}
		return lenses;
	}
}
