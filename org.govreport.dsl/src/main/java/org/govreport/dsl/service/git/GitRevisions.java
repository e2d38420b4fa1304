package org.govreport.dsl.service.git;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.govreport.dsl.service.FileFailure;
import org.govreport.dsl.service.InputFiles;

/** Reads a file as it is at a Git revision, through JGit. */
public class GitRevisions {

	/**
	 * The bytes of {@code REV:PATH}, where PATH is relative to the repository's root as in {@code git show},
	 * or to {@code folder} when it starts with ./ or ../.
	 *
	 * @param folder where the command runs: its repository is the one read
	 * @throws FileFailure when there is no repository, no such revision or no such file in it
	 */
	public byte[] read(Path folder, String spec) {
		int colon = spec.indexOf(':');
		String revision = spec.substring(0, colon);
		String path = spec.substring(colon + 1);
		try (Repository repository = GitRepositories.open(folder)) {
			String inRepository = path.startsWith("./") || path.startsWith("../")
					? GitRepositories.repositoryPath(repository, folder.resolve(path))
					: path;
			return read(repository, revision.isEmpty() ? "HEAD" : revision, inRepository, Path.of(spec));
		}
	}

	/** The bytes of a file (by its path on disk) at a revision of the repository it is in. */
	public byte[] read(String revision, Path file) {
		try (Repository repository = GitRepositories.open(file.toAbsolutePath().getParent())) {
			String inRepository = GitRepositories.repositoryPath(repository, file);
			return read(repository, revision, inRepository, Path.of(revision + ":" + inRepository));
		}
	}

	private static byte[] read(Repository repository, String revision, String path, Path name) {
		try {
			ObjectId tree = repository.resolve(revision + "^{tree}");
			if (tree == null) {
				throw new FileFailure(name, FileFailure.UNREADABLE, "Git 仓库中没有修订版本 " + revision);
			}
			try (TreeWalk walk = TreeWalk.forPath(repository, path, tree)) {
				if (walk == null) {
					throw new FileFailure(name, FileFailure.UNREADABLE, "修订版本 " + revision + " 中没有文件 " + path);
				}
				if (walk.getFileMode(0) == FileMode.TREE) {
					throw new FileFailure(name, FileFailure.UNREADABLE, "修订版本 " + revision + " 中的 " + path + " 是文件夹，不是文件");
				}
				ObjectLoader blob = repository.open(walk.getObjectId(0));
				if (blob.getSize() > InputFiles.MAX_BYTES) {
					throw new FileFailure(name, FileFailure.TOO_LARGE, "文件过大，不像是一份年度报告，未读取");
				}
				return blob.getCachedBytes(InputFiles.MAX_BYTES);
			}
		} catch (RevisionSyntaxException e) {
			throw new FileFailure(name, FileFailure.UNREADABLE, "Git 修订版本写法有误：" + revision);
		} catch (IOException e) {
			throw new FileFailure(name, FileFailure.UNREADABLE, "无法从 Git 仓库读取：" + e.getClass().getSimpleName());
		}
	}
}
