package org.govreport.dsl.service.git;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.govreport.dsl.service.FileFailure;

/** Opens the Git repository a folder is in, as git itself finds it (GIT_DIR, GIT_INDEX_FILE … honoured). */
final class GitRepositories {

	private GitRepositories() {
	}

	/** @throws FileFailure when the folder is in no Git repository */
	static Repository open(Path folder) {
		FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment()
				.findGitDir(folder.toAbsolutePath().toFile());
		if (builder.getGitDir() == null) {
			throw new FileFailure(folder, FileFailure.UNREADABLE, "不在 Git 仓库中（找不到 .git）");
		}
		try {
			return builder.setMustExist(true).build();
		} catch (IOException | IllegalArgumentException e) {
			throw new FileFailure(folder, FileFailure.UNREADABLE, "无法打开 Git 仓库：" + e.getClass().getSimpleName());
		}
	}

	/** A path as Git names it in the repository: relative to the work tree, with / between its parts. */
	static String repositoryPath(Repository repository, Path path) {
		Path root = real(repository.getWorkTree().toPath());
		Path file = real(path.toAbsolutePath().getParent()).resolve(path.getFileName().toString());
		if (!file.startsWith(root)) {
			throw new FileFailure(path, FileFailure.UNREADABLE, "不在 Git 仓库 " + root + " 之内");
		}
		return root.relativize(file).toString().replace('\\', '/');
	}

	/** The real path where one exists (symbolic links such as /tmp → /private/tmp resolved), else the normal one. */
	private static Path real(Path path) {
		try {
			return path.toRealPath();
		} catch (IOException e) {
			return path.normalize();
		}
	}
}
