package org.govreport.dsl.export;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;

/** Escapes text for HTML content and attribute values (&amp; &lt; &gt; &quot; &#39;), with Guava's escaper. */
public final class HtmlText {

	private static final Escaper ESCAPER = HtmlEscapers.htmlEscaper();

	private HtmlText() {
	}

	public static String escape(String text) {
		return text == null ? "" : ESCAPER.escape(text);
	}
}
