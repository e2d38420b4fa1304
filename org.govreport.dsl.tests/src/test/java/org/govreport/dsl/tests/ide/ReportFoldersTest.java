package org.govreport.dsl.tests.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.govreport.dsl.ide.workspace.ReportFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the server looks for reports, on real files. */
class ReportFoldersTest {

	@TempDir
	Path root;

	private final ReportFolders folders = new ReportFolders();

	private Path touch(String path) throws IOException {
		Path file = root.resolve(path);
		Files.createDirectories(file.getParent());
		return Files.writeString(file, "");
	}

	@Test
	void reportsOnlyOutsideHiddenFoldersNodeModulesAndTarget() throws IOException {
		Path b = touch("b.govreport");
		Path a = touch("2024/a.govreport");
		for (String elsewhere : List.of(".git/x.govreport", ".vscode/y.govreport", "node_modules/p/z.govreport",
				"target/t.govreport", ".hidden.govreport", "notes.txt", "2024/sub/target/u.govreport")) {
			touch(elsewhere);
		}
		Path deeper = touch("2024/sub/c.govreport");
		// The folder's own reports before its sub-folders'.
		assertEquals(List.of(b, a, deeper), folders.reports(root, 100));
		assertEquals(List.of(b, a), folders.reports(root, 2));
		assertEquals(List.of(), folders.reports(root, 0));
	}

	@Test
	void aFileCreatedLaterIsAReportByTheSameRules() {
		assertTrue(folders.isReport(root, root.resolve("2025/new.govreport")));
		assertFalse(folders.isReport(root, root.resolve(".git/new.govreport")));
		assertFalse(folders.isReport(root, root.resolve("a/node_modules/b/new.govreport")));
		assertFalse(folders.isReport(root, root.resolve("new.txt")));
		assertFalse(folders.isReport(root.resolve("2024"), root.resolve("2025/new.govreport")));
	}
}
