package org.govreport.dsl.tests.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.govreport.dsl.service.OverviewService;
import org.govreport.dsl.tests.ReportTesting;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The overview page in a real headless Chromium (/usr/bin/chromium; CI installs it): it loads without a script
 * error or console error, its script ran over every row, and each chart drew an SVG with marks. Skipped, saying
 * so, on a machine without Chromium.
 */
class OverviewBrowserTest {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	@TempDir
	Path dir;

	/** The page as Chromium leaves it after its scripts ran, and what Chromium logged. */
	private record Rendered(Document dom, String log) {
	}

	private Rendered render(Path page) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
				"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--user-data-dir=" + dir.resolve("profile"), "--enable-logging=stderr", "--v=0",
				"--virtual-time-budget=5000", "--window-size=1280,2000", "--dump-dom", page.toUri().toString()));
		Path out = dir.resolve("dom.html");
		Path log = dir.resolve("chromium.log");
		Process chromium = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(log.toFile()).start();
		assertTrue(chromium.waitFor(120, TimeUnit.SECONDS), "Chromium did not finish in 2 minutes");
		return new Rendered(Jsoup.parse(Files.readString(out, StandardCharsets.UTF_8)), Files.readString(log, StandardCharsets.UTF_8));
	}

	@Test
	void thePageLoadsRunsAndDrawsItsCharts() throws IOException, InterruptedException {
		assumeTrue(Files.isExecutable(CHROMIUM), "no Chromium at /usr/bin/chromium (apt-get install chromium): browser test skipped");
		OverviewService.Outcome outcome = ReportTesting.get(OverviewService.class).overview(List.of(Path.of("..", "examples")),
				dir.resolve("out"), false, LocalDate.of(2026, 2, 1));
		Rendered rendered = render(outcome.page());
		Element html = rendered.dom().selectFirst("html");
		assertFalse(html.hasAttr("data-errors"), () -> "script errors: " + html.attr("data-errors"));
		assertFalse(rendered.log().contains("Uncaught"), rendered.log());
		assertTrue(html.hasAttr("data-ready"), "the page's script ran to its end");
		assertEquals(outcome.rows().size(), rendered.dom().select("#reports tbody tr").size());
		assertEquals("显示 " + outcome.rows().size() + " / " + outcome.rows().size() + " 份", rendered.dom().selectFirst("#count").text());
		for (String chart : List.of("chart-outcomes", "chart-years", "chart-codes")) {
			Element svg = rendered.dom().selectFirst("#" + chart + " svg");
			assertTrue(svg != null && svg.select("path").size() > 3, chart + " drew no SVG");
		}
	}
}
