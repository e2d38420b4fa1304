package org.govreport.dsl.service.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.govreport.dsl.service.AtomicFiles;
import org.govreport.dsl.service.FileFailure;
import org.govreport.dsl.service.InputFiles;

/**
 * Sets a Git repository up for reports: {@code .gitattributes} sends {@code *.govreport} to the diff driver
 * {@code govreport}, the repository's configuration runs {@code govreport diff --git-external} for it (so
 * git diff, git log -p and git show print the semantic diff), and a pre-commit hook checks the staged
 * reports. Running it again changes nothing; {@link #remove} takes away exactly what it wrote, and a hook
 * it did not write is never touched.
 */
public class GitSetupService {

	/** The line of .gitattributes. */
	public static final String ATTRIBUTE = "*.govreport diff=govreport";

	/** The mark of a hook this service wrote. */
	static final String HOOK_MARK = "# Written by govreport git-setup";

	private static final String DRIVER = "govreport";

	/**
	 * @param done    what was written or was already in place, one line each
	 * @param refusal why nothing was written, or null
	 */
	public record Outcome(List<String> done, String refusal) {
	}

	/**
	 * @param folder  a folder of the repository
	 * @param command how a shell starts this govreport (quoted where needed)
	 * @param driver  a program that git may run as the driver itself, with one argument for a textconv and seven
	 *                for an external diff (quoted where needed); null for {@code command diff --textconv} and
	 *                {@code command diff --git-external}
	 * @param hook    whether to install the pre-commit hook
	 * @throws FileFailure when the folder is in no repository or a file cannot be written
	 */
	public Outcome install(Path folder, String command, String driver, boolean hook) {
		try (Repository repository = GitRepositories.open(folder)) {
			Path hookFile = hookFile(repository);
			String hookText = hookText(command);
			if (hook && Files.exists(hookFile) && !ours(hookFile)) {
				return new Outcome(List.of(), hookFile + " 已有不是 govreport 写的 pre-commit 钩子，未做任何改动。"
						+ "可在该钩子中加一行 " + command + " pre-commit，再运行 govreport git-setup --no-hook");
			}
			if (repository.isBare()) {
				return new Outcome(List.of(), "这是裸仓库（没有工作区），无需设置");
			}
			List<String> done = new ArrayList<>();
			Path attributes = repository.getWorkTree().toPath().resolve(".gitattributes");
			List<String> lines = lines(attributes);
			if (lines.contains(ATTRIBUTE)) {
				done.add(attributes + "：已有 " + ATTRIBUTE);
			} else {
				lines.add(ATTRIBUTE);
				write(attributes, String.join("\n", lines) + "\n");
				done.add(attributes + "：加入 " + ATTRIBUTE);
			}
			StoredConfig config = repository.getConfig();
			boolean changed = false;
			for (Map.Entry<String, String> setting : driverSettings(command, driver).entrySet()) {
				if (setting.getValue().equals(config.getString("diff", DRIVER, setting.getKey()))) {
					done.add("git config diff.govreport." + setting.getKey() + "：已设置");
				} else {
					config.setString("diff", DRIVER, setting.getKey(), setting.getValue());
					changed = true;
					done.add("git config diff.govreport." + setting.getKey() + " " + setting.getValue());
				}
			}
			if (changed) {
				save(config, folder);
			}
			if (hook) {
				if (Files.exists(hookFile) && hookText.equals(text(hookFile))) {
					done.add(hookFile + "：已安装");
				} else {
					write(hookFile, hookText);
					executable(hookFile);
					done.add(hookFile + "：安装 pre-commit 钩子（提交前检查暂存的报告）");
				}
			}
			return new Outcome(done, null);
		}
	}

	/** Takes away the attribute line, the driver's configuration and this service's hook. */
	public Outcome remove(Path folder) {
		try (Repository repository = GitRepositories.open(folder)) {
			List<String> done = new ArrayList<>();
			if (!repository.isBare()) {
				Path attributes = repository.getWorkTree().toPath().resolve(".gitattributes");
				List<String> lines = lines(attributes);
				if (lines.remove(ATTRIBUTE)) {
					if (lines.stream().allMatch(String::isBlank)) {
						delete(attributes);
						done.add(attributes + "：删除（其中只有 govreport 的一行）");
					} else {
						write(attributes, String.join("\n", lines) + "\n");
						done.add(attributes + "：去掉 " + ATTRIBUTE);
					}
				}
			}
			StoredConfig config = repository.getConfig();
			if (config.getSubsections("diff").contains(DRIVER)) {
				config.unsetSection("diff", DRIVER);
				save(config, folder);
				done.add("git config：去掉 diff.govreport");
			}
			Path hookFile = hookFile(repository);
			if (Files.exists(hookFile)) {
				if (ours(hookFile)) {
					delete(hookFile);
					done.add(hookFile + "：删除 govreport 的 pre-commit 钩子");
				} else {
					done.add(hookFile + "：不是 govreport 写的钩子，保留未动");
				}
			}
			if (done.isEmpty()) {
				done.add("没有 govreport 的设置，无需删除");
			}
			return new Outcome(done, null);
		}
	}

	/**
	 * The driver: {@code command} is the semantic diff, which git diff runs (and git log and git show with
	 * --ext-diff); {@code textconv} lists a report cell by cell for the log and show, which run no external
	 * driver by default, with git caching each version's listing. A driver program is named alone: git then
	 * runs it without a shell (when its path needs no quoting).
	 */
	static Map<String, String> driverSettings(String command, String driver) {
		Map<String, String> settings = new LinkedHashMap<>();
		settings.put("command", driver != null ? driver : command + " diff --git-external");
		settings.put("textconv", driver != null ? driver : command + " diff --textconv");
		settings.put("cachetextconv", "true");
		return settings;
	}

	/** The hook: runs this govreport on the staged reports; the commit stops when it fails. */
	static String hookText(String command) {
		return "#!/bin/sh\n" + HOOK_MARK + "; `govreport git-setup --remove` removes it.\n"
				+ "# Checks the staged *.govreport files as they will be committed: fmt --check and check.\n"
				+ "exec " + command + " pre-commit\n";
	}

	/** The hooks folder: core.hooksPath when set (relative to the work tree), else .git/hooks. */
	private static Path hookFile(Repository repository) {
		String hooksPath = repository.getConfig().getString("core", null, "hooksPath");
		Path hooks = hooksPath == null ? repository.getDirectory().toPath().resolve("hooks")
				: repository.isBare() ? repository.getDirectory().toPath().resolve(hooksPath)
						: repository.getWorkTree().toPath().resolve(hooksPath);
		return hooks.resolve("pre-commit");
	}

	private static boolean ours(Path hook) {
		return text(hook).contains(HOOK_MARK);
	}

	private static List<String> lines(Path file) {
		return Files.exists(file) ? new ArrayList<>(text(file).lines().toList()) : new ArrayList<>();
	}

	private static String text(Path file) {
		return new String(InputFiles.read(file), StandardCharsets.UTF_8);
	}

	private static void write(Path file, String text) {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
		} catch (IOException e) {
			throw new FileFailure(file, FileFailure.UNWRITABLE, "无法创建文件夹");
		}
		AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
	}

	private static void executable(Path file) {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
		} catch (UnsupportedOperationException e) {
			// Not a POSIX file system (Windows): Git for Windows runs hooks without the bit.
		} catch (IOException e) {
			throw new FileFailure(file, FileFailure.UNWRITABLE, "无法设为可执行");
		}
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		} catch (IOException e) {
			throw new FileFailure(file, FileFailure.UNWRITABLE, "无法删除");
		}
	}

	private static void save(StoredConfig config, Path folder) {
		try {
			config.save();
		} catch (IOException e) {
			throw new FileFailure(folder, FileFailure.UNWRITABLE, "无法写入 Git 配置：" + e.getClass().getSimpleName());
		}
	}
}
