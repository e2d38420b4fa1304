package org.govreport.dsl.tests.service.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.govreport.dsl.tests.CliRun;
import org.govreport.dsl.tests.ReportTesting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code check --format gitlab}: GitLab Code Quality JSON, compared with a golden file; fingerprints that survive moved lines. */
class GitlabFindingsTest {

	@TempDir
	Path dir;

	@Test
	void reportsEveryFindingAndTheUnreadableFile() {
		FindingsOutput.assertGolden("check.gitlab.json", FindingsOutput.check("gitlab"));
	}

	@Test
	void aFindingKeepsItsFingerprintWhenLinesAboveItMove() throws IOException {
		Path file = dir.resolve("r.govreport");
		String broken = ReportTesting.read(FindingsOutput.BROKEN);
		JsonObject before = onlyIssue(file, broken);
		JsonObject after = onlyIssue(file, "# 一行新注释\n# 又一行\n" + broken);
		assertEquals(before.get("location").getAsJsonObject().getAsJsonObject("lines").get("begin").getAsInt() + 2,
				after.get("location").getAsJsonObject().getAsJsonObject("lines").get("begin").getAsInt());
		assertEquals(before.get("fingerprint"), after.get("fingerprint"));

		JsonObject otherCell = onlyIssue(file, broken.replace("予以公开                      4", "予以公开                      0")
				.replace("部分公开                      0", "部分公开                      4"));
		assertNotEquals(before.get("fingerprint"), otherCell.get("fingerprint"));
	}

	private static JsonObject onlyIssue(Path file, String text) throws IOException {
		Files.writeString(file, text, StandardCharsets.UTF_8);
		CliRun run = CliRun.of("check", "--format", "gitlab", file.toString());
		var issues = JsonParser.parseString(run.out()).getAsJsonArray();
		assertEquals(1, issues.size(), run.out());
		return issues.get(0).getAsJsonObject();
	}
}
