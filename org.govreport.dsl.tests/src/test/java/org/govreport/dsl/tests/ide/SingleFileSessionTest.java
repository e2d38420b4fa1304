package org.govreport.dsl.tests.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.InitializeParams;
import org.govreport.dsl.ide.server.GovReportLanguageServer;
import org.govreport.dsl.ide.server.GovReportServerModule;
import org.junit.jupiter.api.Test;

import com.google.inject.Guice;

/**
 * A client that opens a single file may name no workspace at all (Neovim without a root marker);
 * Xtext's own server then fails the initialize request on the missing root. Ours works in the
 * folder it was started in.
 */
class SingleFileSessionTest {

	/** Exposes the server's choice of workspace folder. */
	static class Probe extends GovReportLanguageServer {
		URI baseDir(InitializeParams params) {
			return getBaseDir(params);
		}
	}

	private final Probe server = Guice.createInjector(new GovReportServerModule()).getInstance(Probe.class);

	@Test
	void noRootMeansTheFolderTheServerWasStartedIn() {
		URI cwd = URI.createFileURI(Path.of("").toAbsolutePath() + "/");
		assertEquals(cwd.toFileString(), server.baseDir(new InitializeParams()).toFileString());
	}

	@Test
	void aNamedRootIsKept() {
		InitializeParams params = new InitializeParams();
		params.setRootUri("file:///tmp/reports/");
		String base = server.baseDir(params).toString();
		assertTrue(base.startsWith("file:") && base.endsWith("/tmp/reports/"), base);
	}
}
