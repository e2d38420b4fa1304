package org.govreport.dsl.diff;

import java.math.BigDecimal;
import java.util.List;

/**
 * The prose of one section that changed.
 *
 * @param section    the section's numeral (一 … 六), or 前言
 * @param heading    its heading (一、总体情况), or 前言
 * @param similarity how much of the text stayed, from 0 to 1 (characters kept on both sides over all characters)
 * @param paragraphs the paragraphs that changed, in order
 */
public record SectionProse(String section, String heading, BigDecimal similarity, List<ParagraphChange> paragraphs) {
}
