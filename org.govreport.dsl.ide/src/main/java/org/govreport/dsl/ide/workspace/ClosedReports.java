package org.govreport.dsl.ide.workspace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Predicate;

import org.apache.log4j.Logger;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.server.UriExtensions;

import com.google.inject.Inject;

/**
 * Lists the problems of reports that are not open when the workspace folders hold no more reports
 * than the limit the client set (the setting {@code closedReports}): an office's own folder is listed
 * whole, a Downloads folder or an archive of thousands is not listed at all (no partial list).
 * Reports are checked one at a time, on a thread of its own, and only while the {@link Foreground}
 * is quiet, so the open reports' diagnostics, hover or completion never wait for it. A listed report
 * is checked again when it changes on disk and cleared when it goes away.
 */
public class ClosedReports {

	/** Where the problems of a checked report go (the client), and where a report's are cleared. */
	public interface Publisher extends ClosedReportCheck.Findings {
		void clear(URI uri);
	}

	private static final Logger LOG = Logger.getLogger(ClosedReports.class);

	/** Wakes the worker up to stop. */
	private static final URI STOP = URI.createURI("govreport:stop");

	@Inject
	private ReportFolders folders;

	@Inject
	private ClosedReportCheck check;

	@Inject
	private Foreground foreground;

	@Inject
	private UriExtensions uris;

	private volatile boolean stopped;

	private final BlockingQueue<URI> queue = new LinkedBlockingQueue<>();

	private final Set<URI> listed = ConcurrentHashMap.newKeySet();

	private List<Path> roots = List.of();

	private int limit;

	private Predicate<URI> isOpen;

	private Publisher publisher;

	private Thread worker;

	/** Whether the folders turned out small enough to be listed. */
	private volatile boolean listing;

	/**
	 * Starts listing the closed reports under the workspace folders ({@code roots}) if there are at most
	 * {@code limit}; reports for which {@code isOpen} holds are the build's and skipped.
	 */
	public synchronized void start(List<Path> roots, int limit, Predicate<URI> isOpen, Publisher publisher) {
		this.roots = List.copyOf(roots);
		this.limit = limit;
		this.isOpen = isOpen;
		this.publisher = publisher;
		if (limit == 0 || roots.isEmpty() || worker != null) {
			return;
		}
		worker = new Thread(this::run, "govreport-closed-reports");
		worker.setDaemon(true);
		worker.setPriority(Thread.MIN_PRIORITY);
		worker.start();
	}

	/**
	 * Stops after the report being checked, if any. The worker is not interrupted: an interrupt while it
	 * writes to the client could close the connection under everyone's feet.
	 */
	public void stop() {
		stopped = true;
		queue.add(STOP);
	}

	/** A report changed or appeared on disk (or was closed): checked again if it is, or can be, listed. */
	public void changed(Path file) {
		URI uri = uriOf(file);
		if (listing && (listed.contains(uri) || listed.size() < limit && underARoot(file))) {
			listed.add(uri);
			queue.add(uri);
		}
	}

	/** A report went away on disk: its problems are no longer listed. */
	public void deleted(Path file) {
		URI uri = uriOf(file);
		if (listed.remove(uri)) {
			publisher.clear(uri);
		}
	}

	private void run() {
		try {
			foreground.awaitQuiet();
			List<Path> found = new ArrayList<>();
			for (Path root : roots) {
				found.addAll(folders.reports(root, limit + 1 - found.size()));
			}
			if (stopped) {
				return;
			}
			if (found.size() > limit) {
				LOG.info("工作区中的报告超过 " + limit + " 份：只检查已打开的报告（设置 closedReports）");
				return;
			}
			for (Path file : found) {
				URI uri = uriOf(file);
				if (listed.add(uri)) {
					queue.add(uri);
				}
			}
			listing = true;
			while (!stopped) {
				URI uri = queue.take();
				foreground.awaitQuiet();
				if (!stopped && listed.contains(uri) && !isOpen.test(uri)) {
					checkOne(uri);
				}
			}
		} catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	private void checkOne(URI uri) {
		try {
			check.check(uri, publisher);
		} catch (RuntimeException unreadable) {
			// Deleted or unreadable since it was found: the next change on disk brings it back.
			LOG.warn("未能检查 " + uri.toFileString() + "：" + unreadable.getMessage());
		}
	}

	private boolean underARoot(Path file) {
		return roots.stream().anyMatch(root -> folders.isReport(root, file));
	}

	/** The URI as the workspace has it for an open report: the client's (percent-encoded) form, normalised by Xtext. */
	private URI uriOf(Path file) {
		return uris.toUri(file.toAbsolutePath().normalize().toUri().toASCIIString());
	}
}
