package org.govreport.dsl.tests.service.git;

import static org.govreport.dsl.tests.GitTesting.git;
import static org.govreport.dsl.tests.GitTesting.govreport;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.govreport.dsl.service.git.GitSetupService;
import org.govreport.dsl.tests.GitTesting;
import org.govreport.dsl.tests.GitTesting.Run;
import org.govreport.dsl.tests.ReportTesting;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code govreport git-setup}: what it writes, that a second run changes nothing, --remove, a foreign hook. */
class GitSetupTest {

	@TempDir
	Path tmp;

	private Path repo;

	@BeforeEach
	void repository() throws IOException {
		repo = Files.createDirectories(tmp.resolve("repo"));
		GitTesting.init(repo);
	}

	@Test
	void writesTheAttributeTheDriverAndTheHook() throws IOException {
		govreport(repo, "git-setup").assertOk();
		assertEquals("*.govreport diff=govreport\n", Files.readString(repo.resolve(".gitattributes")));
		String command = git(repo, "config", "diff.govreport.command").assertOk().out().strip();
		assertTrue(command.endsWith(" org.govreport.dsl.cli.Main diff --git-external"), command);
		assertTrue(git(repo, "config", "diff.govreport.textconv").assertOk().out().strip().endsWith(" diff --textconv"));
		Path hook = repo.resolve(".git/hooks/pre-commit");
		assertTrue(Files.isExecutable(hook));
		assertTrue(Files.readString(hook).contains("org.govreport.dsl.cli.Main pre-commit"));
	}

	@Test
	void aDriverProgramIsNamedAloneSoThatGitRunsItWithoutAShell() {
		GitSetupService setup = ReportTesting.get(GitSetupService.class);
		setup.install(repo, "/clone/govreport", "/clone/org.govreport.dsl.ide/src/main/sh/git-driver", false);
		assertEquals("/clone/org.govreport.dsl.ide/src/main/sh/git-driver",
				git(repo, "config", "diff.govreport.textconv").assertOk().out().strip());
		assertEquals("/clone/org.govreport.dsl.ide/src/main/sh/git-driver",
				git(repo, "config", "diff.govreport.command").assertOk().out().strip());
		assertEquals("true", git(repo, "config", "diff.govreport.cachetextconv").assertOk().out().strip());
	}

	@Test
	void aSecondRunChangesNothing() throws IOException {
		GitTesting.write(repo.resolve(".gitattributes"), "*.png binary\n");
		govreport(repo, "git-setup").assertOk();
		String attributes = Files.readString(repo.resolve(".gitattributes"));
		String config = Files.readString(repo.resolve(".git/config"));
		String hook = Files.readString(repo.resolve(".git/hooks/pre-commit"));
		Run again = govreport(repo, "git-setup").assertOk();
		assertTrue(again.out().contains("已有 *.govreport diff=govreport") && again.out().contains("已安装"), again.out());
		assertEquals("*.png binary\n*.govreport diff=govreport\n", Files.readString(repo.resolve(".gitattributes")));
		assertEquals(attributes, Files.readString(repo.resolve(".gitattributes")));
		assertEquals(config, Files.readString(repo.resolve(".git/config")));
		assertEquals(hook, Files.readString(repo.resolve(".git/hooks/pre-commit")));
	}

	@Test
	void removeUndoesExactlyWhatItWrote() throws IOException {
		GitTesting.write(repo.resolve(".gitattributes"), "*.png binary\n");
		String config = Files.readString(repo.resolve(".git/config"));
		govreport(repo, "git-setup").assertOk();
		govreport(repo, "git-setup", "--remove").assertOk();
		assertEquals("*.png binary\n", Files.readString(repo.resolve(".gitattributes")));
		assertFalse(Files.exists(repo.resolve(".git/hooks/pre-commit")));
		assertEquals(1, git(repo, "config", "--get-regexp", "^diff\\.govreport").exitCode(), "no diff.govreport left");
		assertFalse(Files.readString(repo.resolve(".git/config")).contains("govreport"), config);
	}

	@Test
	void aHookItDidNotWriteIsNeverOverwritten() throws IOException {
		Path hook = GitTesting.write(repo.resolve(".git/hooks/pre-commit"), "#!/bin/sh\nmake lint\n");
		Run run = govreport(repo, "git-setup");
		assertEquals(2, run.exitCode(), run.out() + run.err());
		assertTrue(run.err().contains("不是 govreport 写的 pre-commit 钩子，未做任何改动"), run.err());
		assertEquals("#!/bin/sh\nmake lint\n", Files.readString(hook));
		assertFalse(Files.exists(repo.resolve(".gitattributes")));
		govreport(repo, "git-setup", "--no-hook").assertOk();
		assertTrue(Files.exists(repo.resolve(".gitattributes")));
		Run remove = govreport(repo, "git-setup", "--remove").assertOk();
		assertTrue(remove.out().contains("不是 govreport 写的钩子，保留未动"), remove.out());
		assertEquals("#!/bin/sh\nmake lint\n", Files.readString(hook));
	}

	@Test
	void outsideARepositoryIsExitTwo() throws IOException {
		Run run = govreport(Files.createDirectories(tmp.resolve("plain")), "git-setup");
		assertEquals(2, run.exitCode());
		assertTrue(run.err().contains("不在 Git 仓库中"), run.err());
	}
}
