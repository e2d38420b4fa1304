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
import org.govreport.dsl.form.SumRule;
import org.govreport.dsl.govReport.Report;
import org.govreport.dsl.ide.sums.ReportSums;
import org.govreport.dsl.ide.sums.Sum;

import com.google.inject.Inject;

/**
 * A code lens above every total that disagrees with its terms: "合计应为 12（R2），表中为 11". The
 * lens is text only (no command id): the fix is the validator's quick fix on the same cell.
 */
public class TotalCodeLenses implements ICodeLensService {

	@Inject
	private DocumentExtensions documents;

	@Override
	public List<? extends CodeLens> computeCodeLenses(Document document, XtextResource resource, CodeLensParams params,
			CancelIndicator indicator) {
		List<CodeLens> lenses = new ArrayList<>();
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Report report)) {
			return lenses;
		}
		ReportSums sums = ReportSums.of(report);
		for (Sum sum : sums.all()) {
			if (sum.rule().kind() == SumRule.Kind.BALANCE || !sum.isBroken()) {
				continue;
			}
			sums.cell(sum.totals().get(0)).ifPresent(cell -> {
				String title = "合计应为 " + sum.computed().map(BigDecimal::toPlainString).orElseThrow() + "（"
						+ sum.rule().code() + "：" + sum.totals().get(0).describe() + "），表中为 "
						+ sum.written().map(BigDecimal::toPlainString).orElseThrow();
				CodeLens lens = new CodeLens(documents.newRange(resource, NodeModelUtils.getNode(cell).getTextRegion()));
				lens.setCommand(new Command(title, ""));
				lenses.add(lens);
			});
		}
		return lenses;
	}
}
