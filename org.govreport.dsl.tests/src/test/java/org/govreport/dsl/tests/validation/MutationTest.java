package org.govreport.dsl.tests.validation;

import org.govreport.dsl.service.CheckService;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.govreport.dsl.service.Finding;
import org.govreport.dsl.form.CellRef;
import org.govreport.dsl.form.ColumnSpec;
import org.govreport.dsl.form.RowSpec;
import org.govreport.dsl.form.TableSpec;
import org.govreport.dsl.govReport.Cell;
import org.govreport.dsl.govReport.Report;
import org.govreport.dsl.report.ResolvedReport;
import org.govreport.dsl.tests.Fixture;
import org.govreport.dsl.tests.ReportTesting;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example and fixture is clean, and every single cell of the tables with sum rules (3 and 4),
 * incremented by one, is reported by an error on that cell or on a cell of its row or column.
 */
class MutationTest {

	static Stream<Path> reports() {
		return Stream.concat(ReportTesting.examples().stream(), Stream.of(Fixture.THIS_YEAR, Fixture.LAST_YEAR));
	}

	@ParameterizedTest
	@MethodSource("reports")
	void theUnmutatedReportHasNoError(Path file) {
		List<Finding> errors = ReportTesting.check(file).stream().filter(Finding::isError).toList();
		assertTrue(errors.isEmpty(), () -> ReportTesting.describe(errors));
	}

	@ParameterizedTest
	@MethodSource("reports")
	void everyCellIncrementedByOneIsReportedInItsRowOrColumn(Path file) {
		String text = ReportTesting.read(file);
		ResolvedReport original = resolve(file, text);
		List<String> missed = new ArrayList<>();
		int mutated = 0;
		for (TableSpec table : original.form().tables()) {
			if (table.rules().isEmpty()) {
				continue;
			}
			for (RowSpec row : table.rows()) {
				for (ColumnSpec column : row.columns()) {
					Cell cell = original.cell(row, column).orElseThrow();
					INode node = NodeModelUtils.findActualNodeFor(cell);
					String changed = text.substring(0, node.getOffset()) + cell.getValue().add(BigDecimal.ONE).toPlainString()
							+ text.substring(node.getEndOffset());
					mutated++;
					if (!reportedInRowOrColumn(file, changed, new CellRef(row, column))) {
						missed.add(new CellRef(row, column).name());
					}
				}
			}
		}
		int count = mutated;
		assertTrue(count > 0, "no table cells found in " + file);
		assertTrue(missed.isEmpty(), () -> missed.size() + " of " + count + " mutations not reported at their row or column: " + missed);
	}

	private static boolean reportedInRowOrColumn(Path file, String text, CellRef mutated) {
		XtextResource resource = ReportTesting.parse(file, text);
		ResolvedReport report = ReportTesting.resolved((Report) resource.getContents().get(0));
		List<Finding> errors = ReportTesting.get(CheckService.class).check(file, resource).stream().filter(Finding::isError).toList();
		for (Finding error : errors) {
			Optional<CellRef> at = cellAt(report, error.line(), error.column());
			if (at.isPresent() && at.get().row().table().equals(mutated.row().table())
					&& (at.get().row().equals(mutated.row()) || at.get().column().id().equals(mutated.column().id()))) {
				return true;
			}
		}
		return false;
	}

	private static Optional<CellRef> cellAt(ResolvedReport report, int line, int column) {
		for (Cell cell : EcoreUtil2.eAllOfType(report.report(), Cell.class)) {
			INode node = NodeModelUtils.findActualNodeFor(cell);
			int lineStart = node.getRootNode().getText().lastIndexOf('\n', node.getOffset() - 1) + 1;
			if (node.getStartLine() == line && node.getOffset() - lineStart + 1 == column) {
				return report.cellRef(cell);
			}
		}
		return Optional.empty();
	}

	private static ResolvedReport resolve(Path file, String text) {
		return ReportTesting.resolved((Report) ReportTesting.parse(file, text).getContents().get(0));
	}
}
