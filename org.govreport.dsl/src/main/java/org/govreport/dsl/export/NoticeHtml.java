package org.govreport.dsl.export;

import java.nio.charset.StandardCharsets;

import org.govreport.dsl.notice.Notice;

/** A rectification notice as a self-contained web page, in the report export's style (and its A4 print layout). */
public final class NoticeHtml {

	private NoticeHtml() {
	}

	public static byte[] write(Notice notice) {
		StringBuilder html = new StringBuilder();
		html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n<title>")
				.append(HtmlText.escape(notice.title())).append("</title>\n<style>\n").append(HtmlStyle.CSS)
				.append("</style>\n</head>\n<body>\n<div class=\"govreport notice\">\n<h1>").append(HtmlText.escape(notice.title()))
				.append("</h1>\n<p class=\"addressee\" style=\"text-indent:0\">").append(HtmlText.escape(notice.addressee()))
				.append("</p>\n<p>").append(HtmlText.escape(notice.opening())).append("</p>\n<table class=\"form findings\">\n<thead><tr>");
		Notice.headings().forEach(h -> html.append("<th>").append(HtmlText.escape(h)).append("</th>"));
		html.append("</tr></thead>\n<tbody>\n");
		for (int i = 0; i < notice.items().size(); i++) {
			Notice.Item item = notice.items().get(i);
			html.append("<tr class=\"").append(item.error() ? "error" : "warning").append("\" data-code=\"")
					.append(HtmlText.escape(item.code())).append("\">");
			Notice.cells(i + 1, item).forEach(c -> html.append("<td class=\"label\">").append(HtmlText.escape(c)).append("</td>"));
			html.append("</tr>\n");
		}
		html.append("</tbody>\n</table>\n<p>").append(HtmlText.escape(notice.closing())).append("</p>\n<p>特此通知。</p>\n")
				.append("<p class=\"signature\">").append(HtmlText.escape(notice.office())).append("</p>\n")
				.append("<p class=\"signature\" style=\"margin-top:0\">").append(HtmlText.escape(notice.issuedText()))
				.append("</p>\n</div>\n</body>\n</html>\n");
		return html.toString().getBytes(StandardCharsets.UTF_8);
	}
}
