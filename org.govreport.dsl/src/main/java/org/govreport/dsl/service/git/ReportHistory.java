package org.govreport.dsl.service.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.PathSuffixFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.govreport.dsl.service.FileFailure;

/**
 * The versions of the reports of a repository as {@code git log -p} meets them: for a report at HEAD, its
 * versions from the newest back, one per commit that changed it. Given one version (by its blob id), it tells
 * which versions come next, so that they can be read before git asks for them. Each report's history is
 * walked only as far as asked. Not for use by two threads at once.
 */
public final class ReportHistory implements AutoCloseable {

	/** A version of a report: its path at HEAD and the blob git stores for it. */
	public record Version(String path, ObjectId blob) {
	}

	/** How many commits one question may walk to find a version, so that a long history costs a bounded time. */
	private static final int MOST_COMMITS_PER_QUESTION = 2_000;

	private final Repository repository;
	private ObjectId head;
	/** The reports at HEAD: blob id → path. */
	private Map<ObjectId, String> atHead;
	private final Map<String, PathVersions> histories = new HashMap<>();
	/** Every version met so far: blob id → the history it is in and its place there. */
	private final Map<ObjectId, Place> places = new HashMap<>();

	private record Place(PathVersions history, int index) {
	}

	private ReportHistory(Repository repository) {
		this.repository = repository;
	}

	/** @throws FileFailure when the folder is in no Git repository */
	public static ReportHistory open(Path folder) {
		return new ReportHistory(GitRepositories.open(folder));
	}

	/**
	 * The id git gives these bytes as a blob: the SHA-1 of a header and the bytes. (The JDK's digest rather than
	 * JGit's inserter, which reads the user's and the system's Git configuration each time to choose one.)
	 */
	public static ObjectId blobId(byte[] bytes) {
		try {
			MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
			sha1.update(Constants.encodedTypeString(Constants.OBJ_BLOB));
			sha1.update((" " + bytes.length + "\0").getBytes(StandardCharsets.US_ASCII));
			return ObjectId.fromRaw(sha1.digest(bytes));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java has SHA-1", e);
		}
	}

	/**
	 * Up to {@code count} versions that follow {@code blob} in its report's history (older ones); none when the
	 * blob is no version of a report at HEAD.
	 *
	 * @param fileName the report's file name, as git names the file it hands over: an older version is looked
	 *                 for in the histories of the reports at HEAD with that name
	 */
	public List<Version> after(AnyObjectId blob, String fileName, int count) throws IOException {
		followHead();
		if (!places.containsKey(blob)) {
			String path = atHead().get(blob);
			if (path != null) {
				histories.computeIfAbsent(path, PathVersions::new).walkTo(blob);
			} else {
				for (String named : atHead().values()) {
					if (!places.containsKey(blob) && fileName.equals(named.substring(named.lastIndexOf('/') + 1))) {
						histories.computeIfAbsent(named, PathVersions::new).walkTo(blob);
					}
				}
			}
		}
		Place place = places.get(blob);
		return place == null ? List.of() : place.history().from(place.index() + 1, count);
	}

	/** The bytes of a version. */
	public byte[] read(Version version) throws IOException {
		return repository.open(version.blob(), Constants.OBJ_BLOB).getBytes();
	}

	/** A new HEAD starts every history again (a log starts from it). */
	private void followHead() throws IOException {
		ObjectId now = repository.resolve(Constants.HEAD);
		if (now == null ? head != null : !now.equals(head)) {
			head = now;
			atHead = null;
			histories.values().forEach(PathVersions::close);
			histories.clear();
			places.clear();
		}
	}

	private Map<ObjectId, String> atHead() throws IOException {
		if (atHead == null) {
			atHead = new HashMap<>();
			if (head != null) {
				try (RevWalk walk = new RevWalk(repository); TreeWalk tree = new TreeWalk(repository)) {
					tree.addTree(walk.parseCommit(head).getTree());
					tree.setRecursive(true);
					tree.setFilter(PathSuffixFilter.create(".govreport"));
					while (tree.next()) {
						atHead.putIfAbsent(tree.getObjectId(0), tree.getPathString());
					}
				}
			}
		}
		return atHead;
	}

	@Override
	public void close() {
		histories.values().forEach(PathVersions::close);
		repository.close();
	}

	/** One report's versions, newest first, walked on demand: the commits that changed its path, as git log -- PATH. */
	private final class PathVersions {

		private final String path;
		private final RevWalk walk;
		private final List<ObjectId> versions = new ArrayList<>();
		private final Set<ObjectId> seen = new HashSet<>();
		private boolean ended;

		PathVersions(String path) {
			this.path = path;
			this.walk = new RevWalk(repository);
			walk.setTreeFilter(AndTreeFilter.create(PathFilter.create(path), TreeFilter.ANY_DIFF));
			try {
				walk.markStart(walk.parseCommit(head));
			} catch (IOException e) {
				ended = true;
			}
		}

		/** Walks until the blob is among the versions, the history ends, or a question's share of commits is spent. */
		void walkTo(AnyObjectId blob) throws IOException {
			for (int i = 0; i < MOST_COMMITS_PER_QUESTION && !seen.contains(blob) && walkOne(); i++) {
				// walked one commit
			}
		}

		List<Version> from(int index, int count) throws IOException {
			while (versions.size() < index + count && walkOne()) {
				// walked one commit
			}
			List<Version> next = new ArrayList<>();
			for (int i = index; i < Math.min(versions.size(), index + count); i++) {
				next.add(new Version(path, versions.get(i)));
			}
			return next;
		}

		/** @return false at the end of the history */
		private boolean walkOne() throws IOException {
			if (ended) {
				return false;
			}
			RevCommit commit = walk.next();
			if (commit == null) {
				ended = true;
				return false;
			}
			try (TreeWalk tree = TreeWalk.forPath(walk.getObjectReader(), path, commit.getTree())) {
				// A version that another report's history met first (the same bytes) stays in the place met first.
				if (tree != null && seen.add(tree.getObjectId(0))) {
					places.putIfAbsent(tree.getObjectId(0), new Place(this, versions.size()));
					versions.add(tree.getObjectId(0));
				}
			}
			return true;
		}

		void close() {
			walk.close();
		}
	}
}
