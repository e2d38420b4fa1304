package org.govreport.dsl.tests.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.govreport.dsl.cli.Main;
import org.junit.jupiter.api.Test;

/** `govreport lsp` is contributed to the CLI by the ide module through ServiceLoader. */
class LanguageServerCommandTest {

	@Test
	void lspSubcommandIsListedAndHasHelp() {
		StringWriter out = new StringWriter();
		assertEquals(0, Main.run(new String[] { "lsp", "--help" }, new PrintWriter(out), new PrintWriter(new StringWriter())));
		assertTrue(out.toString().contains("启动语言服务器"), out.toString());
		StringWriter usage = new StringWriter();
		Main.run(new String[] { "--help" }, new PrintWriter(usage), new PrintWriter(new StringWriter()));
		assertTrue(usage.toString().contains("lsp"), usage.toString());
	}
}
