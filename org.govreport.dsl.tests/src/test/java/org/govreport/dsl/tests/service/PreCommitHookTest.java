package org.govreport.dsl.tests.service;

import static org.govreport.dsl.tests.GitTesting.git;
import static org.govreport.dsl.tests.GitTesting.govreport;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.govreport.dsl.tests.Fixture;
import org.govreport.dsl.tests.GitTesting;
import org.govreport.dsl.tests.GitTesting.Run;
import org.govreport.dsl.tests.ReportTesting;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pre-commit hook of git-setup, through a real git commit: it judges the staged content, not the work tree. */
class PreCommitHookTest {

	private static final Fixture GOOD = Fixture.consistent();
	private static final Fixture BROKEN = GOOD.cell("予以公开", 0, "4");

	@TempDir
	Path tmp;

	private Path repo;
	private Path report;

	@BeforeEach
	void repositoryWithTheHook() throws IOException {
		repo = Files.createDirectories(tmp.resolve("repo"));
		GitTesting.init(repo);
		govreport(repo, "git-setup").assertOk();
		report = repo.resolve("reports/2025.govreport");
		// Last year's report, where this year's names it (上年报告 "../2024/东温泉镇.govreport").
		GitTesting.write(repo.resolve("2024/东温泉镇.govreport"), ReportTesting.read(Fixture.LAST_YEAR));
	}

	@Test
	void aStagedBrokenReportIsRefusedAndTheFixedOneAccepted() {
		GitTesting.write(report, BROKEN.text());
		git(repo, "add", ".").assertOk();
		Run refused = git(repo, "commit", "-q", "-m", "broken");
		assertNotEquals(0, refused.exitCode());
		// git shows a hook's output on its standard error
		assertTrue(refused.err().contains("reports/2025.govreport:" + BROKEN.line("予以公开") + ":"), refused.err());
		assertTrue(refused.err().contains("[R1]"), refused.err());
		assertTrue(refused.err().contains("提交已取消"), refused.err());
		assertNotEquals(0, git(repo, "rev-parse", "--verify", "-q", "HEAD").exitCode(), "nothing was committed");
		GitTesting.write(report, GOOD.text());
		git(repo, "add", ".").assertOk();
		git(repo, "commit", "-q", "-m", "fixed").assertOk();
	}

	@Test
	void theStagedContentCountsNotTheWorkTree() {
		GitTesting.write(report, BROKEN.text());
		git(repo, "add", ".").assertOk();
		GitTesting.write(report, GOOD.text()); // fixed in the work tree only: the commit would still record the broken one
		assertNotEquals(0, git(repo, "commit", "-q", "-m", "broken").exitCode());
		git(repo, "add", ".").assertOk();
		GitTesting.write(report, BROKEN.text()); // broken in the work tree only: the staged one is fine
		git(repo, "commit", "-q", "-m", "good").assertOk();
	}

	@Test
	void aReportNotInTheCanonicalLayoutIsRefused() {
		GitTesting.write(report, GOOD.replace("  予以公开                      3", "  予以公开 3").text());
		git(repo, "add", ".").assertOk();
		Run refused = git(repo, "commit", "-q", "-m", "unformatted");
		assertNotEquals(0, refused.exitCode());
		assertTrue(refused.err().contains("reports/2025.govreport: 格式不规范"), refused.err());
	}

	/** A warning the report acknowledges with a reason does not fail --strict; the same warning unacknowledged does. */
	@Test
	void anAcknowledgedWarningPassesStrict() {
		Fixture noFeeStatement = GOOD.replace("「本机关本年度未收取信息处理费。」", "「无。」");
		GitTesting.write(report, noFeeStatement.text());
		git(repo, "add", ".").assertOk();
		Run refused = govreport(repo, "pre-commit", "--strict");
		assertEquals(1, refused.exitCode(), refused.out() + refused.err());
		assertTrue(refused.out().contains("warning:") && refused.out().contains("[W4]"), refused.out());
		GitTesting.write(report, noFeeStatement.replace("六、其他需要报告的事项", "# govreport: 忽略 W4 ——收费情况另文公开\n六、其他需要报告的事项").text());
		git(repo, "add", ".").assertOk();
		Run accepted = govreport(repo, "pre-commit", "--strict").assertOk();
		assertTrue(accepted.out().contains("[W4] 已确认忽略：收费情况另文公开"), accepted.out());
	}
}
