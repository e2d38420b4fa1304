package org.govreport.dsl.formatting2;

import static org.govreport.dsl.govReport.GovReportPackage.Literals.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.regionaccess.IComment;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.govreport.dsl.govReport.Cell;
import org.govreport.dsl.conversion.GovReportValueConverters;
import org.govreport.dsl.govReport.Header;
import org.govreport.dsl.govReport.Report;
import org.govreport.dsl.govReport.Row;
import org.govreport.dsl.govReport.Section;
import org.govreport.dsl.govReport.Table;
import org.govreport.dsl.govReport.TableLine;

/**
 * The one canonical layout: metadata first, a blank line before the opening paragraph and each
 * section, one table row per line with the numbers right-aligned in columns (CJK counted double
 * width). It only changes white space between tokens and inside header lines, so no number, comment
 * or character of prose can be lost.
 */
public class GovReportFormatter extends AbstractJavaFormatter {

	/** Spaces between two columns at their closest. */
	static final int GAP = 2;

	/**
	 * Two spaces per level, whatever the editor asks for: the layout is the same for everyone. New lines end
	 * as the file's first line does.
	 */
	@Override
	protected void initialize(FormatterRequest request) {
		MapBasedPreferenceValues preferences = new MapBasedPreferenceValues(request.getPreferences(), new HashMap<>());
		preferences.put(FormatterPreferenceKeys.indentation, "  ");
		preferences.put(FormatterPreferenceKeys.lineSeparator, LineEndings.of(request.getTextRegionAccess().regionForDocument().getText()));
		request.setPreferences(preferences);
		super.initialize(request);
	}

	@Override
	public ITextReplacer createCommentReplacer(IComment comment) {
		return new VerbatimCommentReplacer(comment);
	}

	protected void format(Report report, IFormattableDocument doc) {
		var regions = regionFor(report);
		doc.append(regions.keyword("报告"), it -> it.oneSpace());
		doc.surround(regions.keyword("年度"), it -> it.oneSpace());
		doc.surround(regions.keyword("格式"), it -> it.oneSpace());
		doc.prepend(regions.keyword("发布日期"), it -> it.newLine());
		doc.append(regions.keyword("发布日期"), it -> it.oneSpace());
		doc.prepend(regions.keyword("上年报告"), it -> it.newLine());
		doc.append(regions.keyword("上年报告"), it -> it.oneSpace());
		doc.prepend(regions.keyword("前言"), it -> it.setNewLines(2));
		doc.append(regions.keyword("前言"), it -> it.oneSpace());
		for (Section section : report.getSections()) {
			doc.prepend(section, it -> it.setNewLines(2));
			doc.format(section);
		}
		doc.append(report, it -> it.setNewLines(1));
	}

	protected void format(Section section, IFormattableDocument doc) {
		doc.prepend(regionFor(section).feature(SECTION__PROSE), it -> it.oneSpace());
		if (section.getTable() != null) {
			doc.prepend(section.getTable(), it -> it.oneSpace());
			doc.format(section.getTable());
		}
	}

	protected void format(Table table, IFormattableDocument doc) {
		ISemanticRegion open = regionFor(table).keyword("{");
		ISemanticRegion close = regionFor(table).keyword("}");
		doc.interior(open, close, it -> it.indent());
		doc.prepend(close, it -> it.newLine());
		TableLayout layout = TableLayout.of(table, GovReportFormatter::textOf);
		boolean first = true;
		for (TableLine line : table.getLines()) {
			if (first) {
				doc.prepend(line, it -> it.newLine());
				first = false;
			} else {
				doc.prepend(line, it -> it.setNewLines(1, 1, 2));
			}
			if (line instanceof Row row) {
				formatRow(row, layout, doc);
			} else if (line instanceof Header header) {
				ISemanticRegion text = regionFor(header).feature(HEADER__TEXT);
				doc.addReplacer(new TokenReplacer(text, layout.header(header)));
			}
		}
	}

	/**
	 * Pads the space before each cell, and closes up a number written with inner spaces (- 3 → -3).
	 * Cells are found by their tokens' offsets: a cell written as ? has no object region of its own.
	 */
	private void formatRow(Row row, TableLayout layout, IFormattableDocument doc) {
		List<String> texts = row.getCells().stream().map(GovReportFormatter::textOf).toList();
		int[] spaces = layout.spacesBeforeCells(row, texts);
		List<ISemanticRegion> tokens = new ArrayList<>();
		textRegionExtensions.regionForEObject(row).getAllSemanticRegions().forEach(tokens::add);
		for (int i = 0; i < row.getCells().size(); i++) {
			INode node = NodeModelUtils.findActualNodeFor(row.getCells().get(i));
			String space = " ".repeat(spaces[i]);
			for (ISemanticRegion token : tokens) {
				if (token.getOffset() == node.getOffset()) {
					doc.prepend(token, it -> it.setSpace(space));
					if (!token.getText().equals(texts.get(i))) {
						doc.addReplacer(new TokenReplacer(token, texts.get(i)));
					}
				}
			}
		}
	}

	/** A cell's text without white space (for column widths). */
	static String textOf(Cell cell) {
		return GovReportValueConverters.withoutWhitespace(NodeModelUtils.getTokenText(NodeModelUtils.findActualNodeFor(cell)));
	}
}
