package org.govreport.dsl.tests.service.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.govreport.dsl.service.Finding;
import org.govreport.dsl.service.findings.CheckRun;
import org.govreport.dsl.service.findings.GithubFindings;
import org.junit.jupiter.api.Test;

/** {@code check --format github}: GitHub Actions workflow commands, compared with a golden file, and their escaping. */
class GithubFindingsTest {

	@Test
	void annotatesEveryFindingAndTheUnreadableFile() {
		FindingsOutput.assertGolden("check.github.txt", FindingsOutput.check("github"));
	}

	@Test
	void escapesWhatWouldEndAPropertyOrTheMessage() {
		Finding finding = new Finding("a,b:c.govreport", 3, 5, 3, 6, "warning", "W9", "50% 的\r\n第二行：a,b", "", List.of(),
				null);
		StringWriter out = new StringWriter();
		new GithubFindings().write(new CheckRun(1, List.of(finding), List.of()), new PrintWriter(out, true));
		assertEquals("::warning file=a%2Cb%3Ac.govreport,line=3,col=5,endLine=3,endColumn=6,title=W9::50%25 的%0D%0A第二行：a,b",
				out.toString().strip());
	}
}
