package org.govreport.dsl.diff;

import java.math.BigDecimal;

/**
 * A cell whose value changed. Values are as written: a number with its decimals, {@code ?}, {@code 空}, or
 * {@link CellValues#ABSENT} for a cell the row does not write.
 *
 * @param cell     the cell's canonical id ({@code requests.granted.natural_person})
 * @param name     how a reviewer reads it ({@code 三·予以公开·自然人})
 * @param oldValue the old value
 * @param newValue the new value
 * @param delta    new − old when both are numbers, else null
 * @param percent  the delta in per cent of the old value, to one decimal; null unless both are numbers and
 *                 the old one is not 0
 */
public record CellChange(String cell, String name, String oldValue, String newValue, BigDecimal delta,
		BigDecimal percent) {
}
