package org.govreport.dsl.diff;

import java.util.List;

/**
 * A row written in one report and not in the other.
 *
 * @param row    the row's canonical id, with its table's ({@code requests.granted})
 * @param name   how a reviewer reads it ({@code 三·予以公开})
 * @param added  true when only the new report writes it, false when only the old one does
 * @param values the cells as that report writes them
 */
public record RowChange(String row, String name, boolean added, List<String> values) {
}
