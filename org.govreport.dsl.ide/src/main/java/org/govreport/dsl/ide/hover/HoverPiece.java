package org.govreport.dsl.ide.hover;

/**
 * What a hover shows over part of a token.
 *
 * @param start    offset where the explained part starts, relative to the token
 * @param end      offset just after it
 * @param markdown the explanation
 */
public record HoverPiece(int start, int end, String markdown) {
}
