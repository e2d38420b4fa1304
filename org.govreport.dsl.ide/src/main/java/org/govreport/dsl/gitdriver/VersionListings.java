package org.govreport.dsl.gitdriver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingDeque;

import org.eclipse.jgit.lib.ObjectId;
import org.govreport.dsl.service.DiffService;
import org.govreport.dsl.service.DiffService.Listing;
import org.govreport.dsl.service.FileFailure;
import org.govreport.dsl.service.InputFiles;
import org.govreport.dsl.service.git.ReportHistory;
import org.govreport.dsl.service.git.ReportHistory.Version;

import com.google.inject.Inject;

/**
 * The textconv listings of the driver, read ahead. A first {@code git log -p} asks for every version of a report,
 * newest first, one call at a time, and most of a call's time went to listing the version while the machine's
 * other core stood idle. After each call this lists the next few versions of the same report from the repository's
 * history on a thread of its own, so that the next call finds its listing made or in the making.
 * <p>
 * A version is known by its blob id, computed from the bytes git hands over: a listing made ahead serves only
 * for exactly those bytes, and only when the version was read whole (a listing with a problem names its file).
 * Anything else is listed when asked, as without this class.
 */
public class VersionListings {

	/** How many versions past the last one asked for are listed ahead. */
	private static final int AHEAD = 8;

	/** How many listings are kept (a listing is about 20 KB). */
	private static final int KEPT = 256;

	/** How many repositories' histories are kept open. */
	private static final int REPOSITORIES = 4;

	@Inject
	private DiffService diffs;

	private final Map<ObjectId, FutureTask<Listing>> listings = Collections.synchronizedMap(
			new LinkedHashMap<>(KEPT, 0.75f, true) {
				@Override
				protected boolean removeEldestEntry(Map.Entry<ObjectId, FutureTask<Listing>> eldest) {
					return size() > KEPT;
				}
			});

	/** What the reading-ahead thread does: a call's news at the front, listings to make at the back. */
	private final LinkedBlockingDeque<Runnable> work = new LinkedBlockingDeque<>();

	/** Used by the reading-ahead thread only: a folder git ran the driver in → its history, or null outside Git. */
	private final Map<Path, ReportHistory> histories = new HashMap<>();

	private Thread thread;

	/** What {@link DiffService#listing} says of the file git handed over. */
	public String listing(Path folder, Path file) {
		byte[] bytes;
		try {
			bytes = InputFiles.read(file);
		} catch (FileFailure unreadable) {
			return diffs.listing(file);
		}
		ObjectId blob = ReportHistory.blobId(bytes);
		readAheadOf(folder, file.getFileName().toString(), blob); // first: the older versions are listed while this one is
		String text = ahead(blob);
		return text != null ? text : diffs.listing(file);
	}

	/** Whether a listing made ahead is ready for a version with these bytes. */
	public boolean listedAhead(byte[] bytes) {
		FutureTask<Listing> task = listings.get(ReportHistory.blobId(bytes));
		return task != null && task.isDone();
	}

	/** The listing made ahead for the blob, or null; one still waiting is made here, on the caller's thread. */
	private String ahead(ObjectId blob) {
		FutureTask<Listing> task = listings.get(blob);
		if (task == null) {
			return null;
		}
		task.run();
		try {
			Listing listing = task.get();
			return listing.whole() ? listing.text() : null;
		} catch (ExecutionException | RuntimeException failed) {
			return null;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	private synchronized void readAheadOf(Path folder, String fileName, ObjectId blob) {
		if (thread == null) {
			thread = new Thread(this::readAhead, "govreport-read-ahead");
			thread.setDaemon(true);
			thread.start();
		}
		work.addFirst(() -> queueAfter(folder, fileName, blob));
	}

	private void readAhead() {
		while (true) {
			try {
				work.take().run();
			} catch (InterruptedException e) {
				return;
			} catch (RuntimeException | StackOverflowError e) {
				// Reading ahead only saves time: what fails here is listed when git asks for it.
			}
		}
	}

	/** Queues the versions that follow this one in its report's history. */
	private void queueAfter(Path folder, String fileName, ObjectId blob) {
		ReportHistory history = history(folder);
		if (history == null) {
			return;
		}
		try {
			for (Version version : history.after(blob, fileName, AHEAD)) {
				if (!listings.containsKey(version.blob())) {
					FutureTask<Listing> task = new FutureTask<>(() -> list(history, version));
					listings.put(version.blob(), task);
					work.addLast(task);
				}
			}
		} catch (IOException unreadable) {
			// the history could not be read: nothing is read ahead
		}
	}

	private ReportHistory history(Path folder) {
		if (!histories.containsKey(folder)) {
			if (histories.size() == REPOSITORIES) {
				histories.values().stream().filter(h -> h != null).forEach(ReportHistory::close);
				histories.clear();
			}
			ReportHistory history;
			try {
				history = ReportHistory.open(folder);
			} catch (FileFailure notInGit) {
				history = null;
			}
			histories.put(folder, history);
		}
		return histories.get(folder);
	}

	/** Lists a version as git would hand it over: alone in a new folder, under its own file name. */
	private Listing list(ReportHistory history, Version version) throws IOException {
		Path folder = Files.createTempDirectory("govreport-version-");
		Path file = folder.resolve(Path.of(version.path()).getFileName().toString());
		try {
			Files.write(file, history.read(version));
			return diffs.listingOf(file);
		} finally {
			Files.deleteIfExists(file);
			Files.delete(folder);
		}
	}
}
