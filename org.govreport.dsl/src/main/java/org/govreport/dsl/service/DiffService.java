package org.govreport.dsl.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.xtext.resource.XtextResource;
import org.govreport.dsl.diff.DiffFormat;
import org.govreport.dsl.diff.DiffSide;
import org.govreport.dsl.diff.DiffSide.SideFinding;
import org.govreport.dsl.diff.ReportDiff;
import org.govreport.dsl.diff.ReportDiffer;
import org.govreport.dsl.diff.ReportListing;
import org.govreport.dsl.govReport.Report;
import org.govreport.dsl.service.git.GitRevisions;

import com.google.inject.Inject;

/**
 * The semantic diff of two reports, each a file or a file at a Git revision ({@code REV:PATH}). It never
 * throws for a bad side: what could not be read is in the outcome's problems, and what could be read is
 * still compared.
 */
public class DiffService {

	/** How git names a missing side to an external diff driver. */
	private static final String NO_FILE = "/dev/null";

	/**
	 * @param diff     the diff, or null when a side could not be read at all
	 * @param problems what could not be read, one line each ({@code PATH: error: REASON [CODE]})
	 */
	public record Outcome(ReportDiff diff, List<String> problems) {

		/**
		 * Both sides were read whole and compared cell for cell: no problem, and no note (two formats compare
		 * only the cells they share).
		 */
		public boolean complete() {
			return problems.isEmpty() && (diff == null || diff.notes().isEmpty());
		}

		public boolean changed() {
			return diff != null && !diff.isEmpty();
		}
	}

	@Inject
	private ReportLoader loader;

	@Inject
	private CheckService checks;

	@Inject
	private ReportDiffer differ;

	@Inject
	private ReportListing listing;

	@Inject
	private GitRevisions git;

	/** Compares two sides, each a path or {@code REV:PATH}, from the folder the command runs in. */
	public Outcome diff(Path folder, String oldSpec, String newSpec) {
		return compare(() -> read(folder, oldSpec), () -> read(folder, newSpec));
	}

	/** Compares a file as it is at a revision of its Git repository with the file as it is now. */
	public Outcome diffWithRevision(Path folder, String revision, Path file) {
		return compare(() -> {
			byte[] bytes = git.read(revision, file);
			return new Text(revision + ":" + file, file, loader.decode(Path.of(revision + ":" + file), textual(file, bytes)));
		}, () -> read(folder, file.toString()));
	}

	/**
	 * What git's external diff driver prints for one file: the semantic diff of its two versions (git passes
	 * them as temporary files), or one line for a report added or deleted. Never fails: git stops the whole
	 * {@code git log -p} when a driver does.
	 *
	 * @param path    the file's path in the repository
	 * @param oldFile the old version, {@code /dev/null} when the file is new
	 * @param newFile the new version, {@code /dev/null} when the file was deleted
	 */
	public String forGit(String path, Path oldFile, Path newFile, boolean colour) {
		String header = "diff --govreport a/" + path + " b/" + path + "\n";
		if (NO_FILE.equals(oldFile.toString()) || NO_FILE.equals(newFile.toString())) {
			return header + (NO_FILE.equals(oldFile.toString()) ? "新增报告 " : "删除报告 ") + path + "\n";
		}
		Path at = Path.of(path);
		KeptSide kept = keptForGit.getAndSet(null);
		List<String> problems = new ArrayList<>();
		Text oldText = text(() -> fromFile(oldFile, "a/" + path, at), problems);
		DiffSide before = oldText == null ? null : parsed(oldText, problems);
		if (before != null && problems.isEmpty()) {
			keptForGit.set(new KeptSide(oldText, before, System.nanoTime()));
		}
		Text newText = text(() -> fromFile(newFile, "b/" + path, at), problems);
		DiffSide after = null;
		if (newText != null) {
			after = kept != null && kept.serves(newText) ? kept.named(newText.name()) : parsed(newText, problems);
		}
		Outcome outcome = compare(before, after, problems);
		StringBuilder text = new StringBuilder(header);
		if (outcome.diff() != null) {
			text.append(DiffFormat.text.render(outcome.diff(), colour)); // its notes say what could not be read
		} else {
			outcome.problems().forEach(p -> text.append(p).append('\n'));
		}
		return text.toString();
	}

	/**
	 * What git's textconv prints for one version of a report (git passes it as a temporary file): the listing
	 * of {@link ReportListing}, after what could not be read. Never fails, for the same reason as {@link #forGit}.
	 */
	public String listing(Path file) {
		return listingOf(file).text();
	}

	/**
	 * A listing, and whether the version was read whole: only then does its text not depend on where the file
	 * was (a problem names the file), so that it serves for any file with the same bytes in a folder of its own.
	 */
	public record Listing(String text, boolean whole) {
	}

	/** {@link #listing}, saying whether the version was read whole. */
	public Listing listingOf(Path file) {
		List<String> problems = new ArrayList<>();
		DiffSide side = side(() -> fromFile(file, file.toString(), file), problems);
		StringBuilder text = new StringBuilder();
		problems.forEach(p -> text.append(p).append('\n'));
		if (side != null) {
			text.append(listing.render(side));
		}
		return new Listing(text.toString(), problems.isEmpty());
	}

	/** A side's text: how it is named, where it is parsed as if it lived (relative references resolve there). */
	private record Text(String name, Path at, String text) {
	}

	@FunctionalInterface
	private interface SideReader {
		Text read();
	}

	private Outcome compare(SideReader oldSide, SideReader newSide) {
		List<String> problems = new ArrayList<>();
		DiffSide before = side(oldSide, problems);
		DiffSide after = side(newSide, problems);
		return compare(before, after, problems);
	}

	private Outcome compare(DiffSide before, DiffSide after, List<String> problems) {
		if (before == null || after == null) {
			return new Outcome(null, problems);
		}
		try {
			return new Outcome(differ.diff(before, after, problems), problems);
		} catch (RuntimeException | StackOverflowError e) {
			problems.add("govreport: error: 比较时发生内部错误（" + e.getClass().getSimpleName() + "），请报告此问题 ["
					+ FileFailure.INTERNAL + "]");
			return new Outcome(null, problems);
		}
	}

	/**
	 * The old side of the last external diff, read whole, with its text: a log hands git's driver each version
	 * twice, as one commit's old side and then as the next (older) commit's new side. Kept for the next call only,
	 * and for seconds: a side's checks read its 上年报告 from disk.
	 */
	private record KeptSide(Text text, DiffSide side, long madeAt) {

		private static final long FRESH_NANOS = 5_000_000_000L;

		/** Whether this side is what {@code other} would parse into: the same text at the same place, just now. */
		boolean serves(Text other) {
			return System.nanoTime() - madeAt <= FRESH_NANOS && text.at().equals(other.at())
					&& text.text().equals(other.text());
		}

		DiffSide named(String name) {
			return new DiffSide(name, side.resource(), side.findings());
		}
	}

	private final AtomicReference<KeptSide> keptForGit = new AtomicReference<>();

	/** Reads, parses and checks one side; null (with the reason in {@code problems}) when it cannot be read. */
	private DiffSide side(SideReader reader, List<String> problems) {
		Text text = text(reader, problems);
		return text == null ? null : parsed(text, problems);
	}

	/** A side's text; null (with the reason in {@code problems}) when it cannot be read. */
	private static Text text(SideReader reader, List<String> problems) {
		try {
			return reader.read();
		} catch (FileFailure e) {
			problems.add(e.describe());
			return null;
		}
	}

	/** A side's text parsed and checked; null (with the reason in {@code problems}) when it holds no report. */
	private DiffSide parsed(Text text, List<String> problems) {
		try {
			return PerFile.run(Path.of(text.name()), () -> {
				XtextResource resource = loader.parse(text.at(), text.text());
				if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Report)) {
					throw new FileFailure(Path.of(text.name()), FileFailure.UNREADABLE,
							"读不出报告（第一行应为 报告 \"机关名称\" 年度 …）");
				}
				List<Finding> found = checks.checkWithoutRelated(Path.of(text.name()), resource);
				if (resource.getParseResult().hasSyntaxErrors()) {
					problems.add(text.name() + ": error: 有语法错误，只比较了能读出的部分（govreport check 可列出错误） ["
							+ FileFailure.UNREADABLE + "]");
				}
				return new DiffSide(text.name(), resource, found.stream().map(DiffService::sideFinding).toList());
			});
		} catch (FileFailure e) {
			problems.add(e.describe());
			return null;
		}
	}

	private Text read(Path folder, String spec) {
		Path path = Path.of(spec);
		int colon = spec.indexOf(':');
		if (Files.exists(path) || colon < 1) {
			return fromFile(path, spec, path);
		}
		// REV:PATH, as git show writes it; parsed as if it were the file in the work tree.
		Path at = folder.resolve(spec.substring(colon + 1));
		return new Text(spec, at, loader.decode(path, textual(path, git.read(folder, spec))));
	}

	private Text fromFile(Path file, String name, Path at) {
		return new Text(name, at, loader.decode(Path.of(name), textual(Path.of(name), InputFiles.read(file))));
	}

	/** A report is text: a NUL byte means a binary file (an image, a PDF, a Word file), not a report. */
	private static byte[] textual(Path name, byte[] bytes) {
		for (byte b : bytes) {
			if (b == 0) {
				throw new FileFailure(name, FileFailure.NOT_UTF8,
						"是二进制文件，不是报告文本（Word、PDF 等请先用 govreport import 导入）");
			}
		}
		return bytes;
	}

	private static SideFinding sideFinding(Finding f) {
		return new SideFinding(f.code(), f.severity(), f.line(), f.column(), f.message());
	}
}
