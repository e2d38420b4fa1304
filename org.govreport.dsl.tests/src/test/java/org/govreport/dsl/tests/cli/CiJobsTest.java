package org.govreport.dsl.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.govreport.dsl.tests.ReportTesting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The CI jobs of docs/ci/ run the check commands as written there: each {@code ./govreport check} line is taken
 * out of the YAML and run by bash (with {@code -e}, as both CI systems do) in a folder of reports, with
 * {@code ./govreport} starting this build's command line; the exit status and the file each line writes must be
 * what the CI system expects.
 */
class CiJobsTest {

	private static final Path GITHUB = Path.of("../docs/ci/github-workflow.yml");
	private static final Path GITLAB = Path.of("../docs/ci/gitlab-ci.yml");

	@TempDir
	Path dir;

	private record Shell(int exit, String out, String err) {
	}

	/** The job's lines that run {@code ./govreport check}, as the shell gets them. */
	private static List<String> checkCommands(Path yaml) {
		return ReportTesting.read(yaml).lines().map(String::strip).filter(l -> !l.startsWith("#") && l.contains("./govreport check"))
				.map(l -> l.replaceFirst("^(- |run: )", "")).toList();
	}

	private static String command(Path yaml, String part) {
		return checkCommands(yaml).stream().filter(c -> c.contains(part)).findFirst()
				.orElseThrow(() -> new AssertionError(yaml + " has no check command with " + part));
	}

	/** The changed reports of a pull request: a broken sum, an acknowledged warning and a clean report. */
	private void pullRequest() throws IOException {
		Path reports = Files.createDirectories(dir.resolve("reports/2025"));
		Files.copy(Path.of("src/test/resources/findings/broken.govreport"), reports.resolve("东温泉镇.govreport"));
		Files.copy(Path.of("src/test/resources/findings/acknowledged.govreport"), reports.resolve("某镇.govreport"));
		Files.copy(Path.of("../examples/chaotianmen-2025.govreport"), reports.resolve("朝天门 街道.govreport"));
		Files.writeString(dir.resolve("changed.txt"),
				"reports/2025/东温泉镇.govreport\nreports/2025/某镇.govreport\nreports/2025/朝天门 街道.govreport\n");
		Path launcher = dir.resolve("govreport");
		Files.writeString(launcher, "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java")
				+ "' -cp '" + System.getProperty("java.class.path") + "' org.govreport.dsl.cli.Main \"$@\"\n");
		launcher.toFile().setExecutable(true);
	}

	private Shell bash(String command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder("bash", "-e", "-c", command).directory(dir.toFile())
				.redirectOutput(dir.resolve("stdout").toFile()).redirectError(dir.resolve("stderr").toFile()).start();
		assertTrue(process.waitFor(120, TimeUnit.SECONDS), command);
		return new Shell(process.exitValue(), Files.readString(dir.resolve("stdout"), StandardCharsets.UTF_8),
				Files.readString(dir.resolve("stderr"), StandardCharsets.UTF_8));
	}

	@Test
	void theJobsCheckWithTheFormatsTheirCiSystemsRead() {
		assertEquals(2, checkCommands(GITHUB).size(), () -> checkCommands(GITHUB).toString());
		assertTrue(command(GITHUB, "--format github").contains("./govreport check --format github"));
		assertTrue(command(GITHUB, "--format sarif").contains("> govreport.sarif"));
		assertTrue(ReportTesting.read(GITHUB).contains("sarif_file: govreport.sarif"));
		assertEquals(2, checkCommands(GITLAB).size(), () -> checkCommands(GITLAB).toString());
		assertTrue(ReportTesting.read(GITLAB).contains("codequality: gl-code-quality-report.json"));
		for (Path yaml : List.of(GITHUB, GITLAB)) {
			assertTrue(ReportTesting.read(yaml).contains("./govreport diff \"$BASE:$path\" \"$path\" --format markdown"), yaml::toString);
		}
	}

	@Test
	void githubAnnotationsFailTheJobOnAnError() throws Exception {
		pullRequest();
		Shell run = bash(command(GITHUB, "--format github"));
		assertEquals(1, run.exit(), run.err());
		List<String> lines = run.out().lines().toList();
		assertEquals(2, lines.size(), run.out()); // the third report is clean
		assertTrue(lines.stream().allMatch(l -> l.matches("::(error|warning|notice) file=reports/2025/[^,]+\\.govreport,line=\\d+,col=\\d+,endLine=\\d+,endColumn=\\d+,title=[^:]+::.+")),
				run.out());
		assertTrue(run.out().contains("::error file=reports/2025/东温泉镇.govreport,line=36,col=29,"), run.out());
		assertTrue(run.out().contains("::notice file=reports/2025/某镇.govreport,"), run.out());
	}

	@Test
	void githubSarifIsWrittenForTheUploadAndTheStepPassesOnFindings() throws Exception {
		pullRequest();
		Shell run = bash(command(GITHUB, "--format sarif"));
		assertEquals(0, run.exit(), run.err());
		String sarif = Files.readString(dir.resolve("govreport.sarif"), StandardCharsets.UTF_8);
		Set<ValidationMessage> errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
				.getSchema(ReportTesting.read(Path.of("src/test/resources/sarif/sarif-schema-2.1.0.json")))
				.validate(sarif, InputFormat.JSON);
		assertTrue(errors.isEmpty(), errors::toString);
		JsonArray results = JsonParser.parseString(sarif).getAsJsonObject().getAsJsonArray("runs").get(0).getAsJsonObject()
				.getAsJsonArray("results");
		List<String> rules = results.asList().stream().map(r -> r.getAsJsonObject().get("ruleId").getAsString()).toList();
		assertTrue(rules.contains("R1") && rules.contains("W4"), rules::toString);
		assertTrue(sarif.contains("\"uri\": \"reports/2025/%E4%B8%9C%E6%B8%A9%E6%B3%89%E9%95%87.govreport\""), sarif);
	}

	@Test
	void gitlabCodeQualityIsWrittenForTheArtifactAndTheLastCheckFailsTheJob() throws Exception {
		pullRequest();
		Shell quality = bash(command(GITLAB, "--format gitlab"));
		assertEquals(0, quality.exit(), quality.err());
		JsonArray issues = JsonParser.parseString(Files.readString(dir.resolve("gl-code-quality-report.json"),
				StandardCharsets.UTF_8)).getAsJsonArray();
		assertFalse(issues.isEmpty());
		issues.forEach(issue -> {
			var o = issue.getAsJsonObject();
			for (String key : List.of("description", "check_name", "fingerprint", "severity")) {
				assertTrue(o.has(key), () -> key + " missing in " + o);
			}
			assertTrue(o.getAsJsonObject("location").get("path").getAsString().startsWith("reports/2025/"), o::toString);
			assertTrue(o.getAsJsonObject("location").getAsJsonObject("lines").get("begin").getAsInt() >= 1, o::toString);
		});

		Shell verdict = bash(command(GITLAB, "check \"${reports[@]}\""));
		assertEquals(1, verdict.exit(), verdict.err());
		assertTrue(verdict.out().strip().endsWith("检查了 3 个文件：1 个错误，" + warnings(verdict.out()) + " 个警告，1 个警告已确认忽略"),
				verdict.out());
	}

	private static long warnings(String text) {
		return text.lines().filter(l -> l.contains(": warning: ")).count();
	}
}
