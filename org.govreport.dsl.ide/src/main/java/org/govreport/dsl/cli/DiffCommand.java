package org.govreport.dsl.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.govreport.dsl.diff.DiffFormat;
import org.govreport.dsl.service.DiffService;

import com.google.inject.Inject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code govreport diff}: what changed between two reports, cell by cell, rule by rule, paragraph by paragraph. */
@Command(name = "diff", description = { "比较两份报告：单元格、检查结果、正文和报告头的变化（也可比较上年与本年）。",
		"Semantic diff of two reports; either side may be REV:PATH. Exit 0 same, 1 changed, 2 bad input." })
final class DiffCommand implements Callable<Integer> {

	/** The seven arguments git gives an external diff driver: path old-file old-hex old-mode new-file new-hex new-mode. */
	private static final int GIT_DRIVER_ARGUMENTS = 7;

	@Spec
	private CommandSpec spec;

	@Inject
	private DiffService diffs;

	@Option(names = "--format", defaultValue = "text", description = "输出格式 output format: ${COMPLETION-CANDIDATES}")
	private DiffFormat format;

	@Option(names = "--no-color", description = "不用颜色（输出不是终端时本来就不用） no colours")
	private boolean noColour;

	@Option(names = "--git", paramLabel = "REV", description = "把 PATH 在 Git 修订版本 REV 中的内容与现在的文件比较")
	private String revision;

	@Option(names = "--git-external", hidden = true, description = "git 的外部 diff 驱动调用（由 git-setup 配置）")
	private boolean gitDriver;

	@Option(names = "--textconv", hidden = true, description = "git 的 textconv 调用（由 git-setup 配置）：把一份报告列成逐格、逐条的文本")
	private boolean textconv;

	@Parameters(arity = "1..7", paramLabel = "OLD NEW", description = "两份报告：文件路径或 REV:PATH（如 main:reports/2025.govreport）")
	private List<String> sides;

	@Override
	public Integer call() {
		var out = spec.commandLine().getOut();
		var err = spec.commandLine().getErr();
		if (gitDriver) {
			if (sides.size() != GIT_DRIVER_ARGUMENTS) {
				err.println("govreport diff: --git-external 需要 git 传来的 7 个参数");
				return ExitCodes.USAGE;
			}
			out.print(diffs.forGit(sides.get(0), Path.of(sides.get(1)), Path.of(sides.get(4)),
					!noColour && "true".equals(System.getenv("GIT_PAGER_IN_USE")) && System.getenv("NO_COLOR") == null));
			out.flush();
			// git stops a whole git log -p at a driver that fails: the driver always succeeds.
			return ExitCodes.OK;
		}
		if (textconv) {
			if (sides.size() != 1) {
				err.println("govreport diff: --textconv 需要一个文件");
				return ExitCodes.USAGE;
			}
			out.print(diffs.listing(Path.of(sides.get(0))));
			out.flush();
			return ExitCodes.OK;
		}
		int expected = revision != null ? 1 : 2;
		if (sides.size() != expected) {
			err.println(revision != null ? "govreport diff: --git REV 之后只写一个 PATH"
					: "govreport diff: 需要两份报告 OLD NEW（或 --git REV PATH）");
			return ExitCodes.USAGE;
		}
		Path here = Path.of("").toAbsolutePath();
		DiffService.Outcome outcome = revision != null ? diffs.diffWithRevision(here, revision, Path.of(sides.get(0)))
				: diffs.diff(here, sides.get(0), sides.get(1));
		outcome.problems().forEach(err::println);
		if (outcome.diff() != null) {
			out.print(format.render(outcome.diff(), colour()));
			out.flush();
		}
		return !outcome.complete() ? ExitCodes.USAGE : outcome.changed() ? ExitCodes.FINDINGS : ExitCodes.OK;
	}

	/** Colours on a terminal, unless --no-color or NO_COLOR (https://no-color.org). */
	private boolean colour() {
		return !noColour && System.console() != null && System.getenv("NO_COLOR") == null;
	}
}
