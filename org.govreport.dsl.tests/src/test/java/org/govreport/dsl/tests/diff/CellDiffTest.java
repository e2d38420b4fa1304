package org.govreport.dsl.tests.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.govreport.dsl.diff.CellChange;
import org.govreport.dsl.diff.ReportDiff;
import org.govreport.dsl.diff.RowChange;
import org.govreport.dsl.diff.TableChanges;
import org.govreport.dsl.tests.Fixture;
import org.junit.jupiter.api.Test;

/** Changed cells by their official names, with delta and per cent; rows added and removed; ?, 空 and the fee. */
class CellDiffTest {

	private static final Fixture BASE = Fixture.consistent();

	@Test
	void aChangedCellIsNamedBySectionRowAndColumnWithItsDeltaAndPerCent() {
		ReportDiff diff = DiffPairs.diff(BASE, BASE.cell("予以公开", 0, "4"));
		assertEquals(1, diff.tables().size());
		TableChanges table = diff.tables().get(0);
		assertEquals("requests", table.table());
		assertEquals("三、收到和处理政府信息公开申请情况", table.heading());
		CellChange cell = table.cells().get(0);
		assertEquals("requests.granted.natural_person", cell.cell());
		assertEquals("三·予以公开·自然人", cell.name());
		assertEquals("3", cell.oldValue());
		assertEquals("4", cell.newValue());
		assertEquals(new BigDecimal("1"), cell.delta());
		assertEquals(new BigDecimal("33.3"), cell.percent());
		assertEquals(1, diff.cellCount());
	}

	@Test
	void aChangeFromZeroHasADeltaButNoPerCent() {
		CellChange cell = only(DiffPairs.diff(BASE, BASE.cell("予以公开", 2, "2")));
		assertEquals(new BigDecimal("2"), cell.delta());
		assertNull(cell.percent());
	}

	@Test
	void aFallIsNegative() {
		CellChange cell = only(DiffPairs.diff(BASE, BASE.cell("行政许可", 0, "153")));
		assertEquals("二·行政许可·本年处理决定数量", cell.name());
		assertEquals(new BigDecimal("-17"), cell.delta());
		assertEquals(new BigDecimal("-10.0"), cell.percent());
	}

	@Test
	void theFeeKeepsItsDecimals() {
		CellChange cell = only(DiffPairs.diff(BASE, BASE.cell("行政事业性收费", 0, "0.3")));
		assertEquals("0.25", cell.oldValue());
		assertEquals("0.3", cell.newValue());
		assertEquals(0, new BigDecimal("0.05").compareTo(cell.delta()), cell.delta()::toPlainString);
		assertEquals(new BigDecimal("20.0"), cell.percent());
	}

	@Test
	void trailingZerosAreNoChange() {
		assertTrue(DiffPairs.diff(BASE, BASE.cell("行政事业性收费", 0, "0.250")).tables().isEmpty());
	}

	@Test
	void unknownAndBlankCellsAreChangesWithoutDelta() {
		CellChange unknown = only(DiffPairs.diff(BASE, BASE.cell("行政强制", 0, "?")));
		assertEquals("3", unknown.oldValue());
		assertEquals("?", unknown.newValue());
		assertNull(unknown.delta());
		CellChange blank = only(DiffPairs.diff(BASE.cell("行政强制", 0, "?"), BASE.cell("行政强制", 0, "空")));
		assertEquals("?", blank.oldValue());
		assertEquals("空", blank.newValue());
	}

	@Test
	void rowsWrittenOnOneSideOnlyAreAddedOrRemoved() {
		Fixture without = BASE.replace("  行政强制                       3\n", "");
		RowChange removed = DiffPairs.diff(BASE, without).tables().get(0).rows().get(0);
		assertEquals("proactive.enforcement", removed.row());
		assertEquals("二·行政强制", removed.name());
		assertFalse(removed.added());
		assertEquals(List.of("3"), removed.values());
		RowChange added = DiffPairs.diff(without, BASE).tables().get(0).rows().get(0);
		assertTrue(added.added());
		assertEquals("二·行政强制", added.name());
	}

	@Test
	void whiteSpaceAndCommentsAreNoChange() {
		ReportDiff diff = DiffPairs.diff(BASE, BASE.replace("  予以公开      ", "# 注释\n  予以公开 "));
		assertTrue(diff.isEmpty(), () -> diff.toString());
	}

	private static CellChange only(ReportDiff diff) {
		assertEquals(1, diff.cellCount(), diff::toString);
		return diff.tables().get(0).cells().get(0);
	}
}
