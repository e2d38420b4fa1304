package org.govreport.dsl.tests.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.govreport.dsl.tests.Fixture;
import org.govreport.dsl.tests.ReportTesting;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The Neovim set-up of docs/editors.md, in a real Neovim: its configuration file starts the server jar the
 * build made, and a script in Neovim's own Lua opens two reports of one folder, reads the diagnostics of one
 * and formats the other. Needs {@code nvim} (CI installs Debian's, 0.7) and runs after the ide module's
 * package, as in {@code mvn verify}.
 */
class NeovimClientTest {

	private static final Path CONFIG = Path.of("..", "docs", "editors", "nvim-govreport.lua");
	private static final Path JAR = Path.of("..", "org.govreport.dsl.ide", "target", "govreport.jar");
	private static final Path EXAMPLE = Path.of("..", "examples", "changshouhu-2024.govreport");

	@TempDir
	Path folder;

	@Test
	void oneServerForTwoReportsGivesDiagnosticsWithCodesAndFormats() throws Exception {
		Assumptions.assumeTrue(onPath("nvim"), "no nvim on PATH (CI installs Debian's neovim)");
		Assumptions.assumeTrue(Files.isRegularFile(JAR), "no " + JAR + ": run mvn verify, which packages it first");
		Fixture example = Fixture.of(ReportTesting.read(EXAMPLE));
		Fixture broken = example.cell("本年新收", 6, "9");
		String misaligned = example.text().replaceAll("(?m)^(\\s+\\S+?) {2,}", "$1 ").replaceAll("(?m)(\\d) {2,}(?=\\d)", "$1 ");
		Files.writeString(folder.resolve("broken.govreport"), broken.text());
		Files.writeString(folder.resolve("misaligned.govreport"), misaligned);

		JsonObject seen = runNeovim();

		assertEquals(List.of(), strings(seen, "errors"));
		assertTrue(seen.get("diagnosticsArrived").getAsBoolean(), seen.toString());
		assertTrue(seen.getAsJsonArray("diagnostics").asList().stream().map(JsonElement::getAsJsonObject)
				.anyMatch(d -> d.get("code").getAsString().equals("R1") && d.get("line").getAsInt() == broken.line("本年新收")),
				seen.getAsJsonArray("diagnostics").toString());
		assertEquals(List.of("govreport"), strings(seen, "clients"), "one server for the folder");
		assertTrue(!misaligned.equals(example.text()), "the test file is misaligned");
		assertEquals(ReportTesting.format(misaligned), seen.get("formatted").getAsString());
	}

	private JsonObject runNeovim() throws IOException, InterruptedException {
		Path out = folder.resolve("seen.json");
		Path script = folder.resolve("client-check.lua");
		try (var in = getClass().getResourceAsStream("/nvim/client-check.lua")) {
			Files.copy(in, script);
		}
		ProcessBuilder nvim = new ProcessBuilder("nvim", "--headless", "-u", CONFIG.toString(), "-c", "luafile " + script)
				.redirectErrorStream(true).redirectOutput(folder.resolve("nvim.log").toFile());
		nvim.environment().put("GOVREPORT_JAR", JAR.toAbsolutePath().toString());
		nvim.environment().put("NVIM_CHECK_OUT", out.toString());
		nvim.environment().put("NVIM_CHECK_FOLDER", folder.toString());
		Process process = nvim.start();
		if (!process.waitFor(3, TimeUnit.MINUTES)) {
			process.destroyForcibly();
		}
		assertTrue(Files.exists(out), () -> "Neovim wrote nothing; its output: " + read(folder.resolve("nvim.log")));
		return JsonParser.parseString(Files.readString(out, StandardCharsets.UTF_8)).getAsJsonObject();
	}

	private static List<String> strings(JsonObject object, String member) {
		return object.getAsJsonArray(member).asList().stream().map(JsonElement::getAsString).toList();
	}

	private static boolean onPath(String program) {
		return List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)).stream()
				.anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		} catch (IOException e) {
			return "(" + e.getMessage() + ")";
		}
	}
}
