package org.govreport.dsl.service.git;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheIterator;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathSuffixFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.govreport.dsl.service.FileFailure;
import org.govreport.dsl.service.InputFiles;
import org.govreport.dsl.service.ReportFiles;

/**
 * The reports a commit is about to record: the *.govreport files of the index (the staging area) that
 * differ from HEAD, with their staged content, which may differ from the work tree's.
 */
public class StagedReports {

	/**
	 * A staged report.
	 *
	 * @param path    its path in the work tree
	 * @param content the staged bytes, or null when it could not be read
	 * @param failure why it could not be read, or null
	 */
	public record Staged(Path path, byte[] content, FileFailure failure) {
	}

	/** @throws FileFailure when the folder is in no repository or the index cannot be read */
	public List<Staged> staged(Path folder) {
		try (Repository repository = GitRepositories.open(folder); ObjectReader reader = repository.newObjectReader()) {
			DirCache index = repository.readDirCache();
			List<Staged> staged = new ArrayList<>();
			try (TreeWalk walk = new TreeWalk(repository, reader)) {
				ObjectId head = repository.resolve("HEAD^{tree}");
				walk.addTree(head == null ? new EmptyTreeIterator() : new CanonicalTreeParser(null, reader, head));
				walk.addTree(new DirCacheIterator(index));
				walk.setRecursive(true);
				walk.setFilter(AndTreeFilter.create(PathSuffixFilter.create(ReportFiles.EXTENSION), TreeFilter.ANY_DIFF));
				while (walk.next()) {
					if (walk.getRawMode(1) == 0) {
						continue; // deleted by this commit
					}
					Path path = repository.getWorkTree().toPath().resolve(walk.getPathString());
					staged.add(read(reader, walk.getObjectId(1), path));
				}
			}
			return staged;
		} catch (IOException e) {
			throw new FileFailure(folder, FileFailure.UNREADABLE, "无法读取 Git 暂存区：" + e.getClass().getSimpleName());
		}
	}

	private static Staged read(ObjectReader reader, ObjectId blob, Path path) {
		try {
			var loader = reader.open(blob);
			if (loader.getSize() > InputFiles.MAX_BYTES) {
				return new Staged(path, null, new FileFailure(path, FileFailure.TOO_LARGE, "暂存的文件过大，不像是一份年度报告"));
			}
			return new Staged(path, loader.getCachedBytes(InputFiles.MAX_BYTES), null);
		} catch (IOException e) {
			return new Staged(path, null,
					new FileFailure(path, FileFailure.UNREADABLE, "无法读取暂存的内容：" + e.getClass().getSimpleName()));
		}
	}
}
