package org.govreport.dsl.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A one-line progress bar on the terminal, redrawn at most ten times a second: reports done, reports per
 * second and the time left. Nothing is drawn when the output is not a terminal (a pipe, a file, CI).
 */
final class ProgressBar {

	private static final int WIDTH = 30;
	private static final long REDRAW_NANOS = 100_000_000L;

	private final PrintWriter err;
	private final boolean shown;
	private final long start = System.nanoTime();
	private long drawn;

	private ProgressBar(PrintWriter err, boolean shown) {
		this.err = err;
		this.shown = shown;
	}

	/** A bar on {@code err} when the standard error is a terminal; quiet otherwise. */
	static ProgressBar onTerminal(PrintWriter err) {
		return new ProgressBar(err, System.console() != null || stderrIsTerminal());
	}

	/** Java 17 tells a terminal only when both standard input and output are one; on Linux /proc tells about stderr alone. */
	private static boolean stderrIsTerminal() {
		try {
			String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
			return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
		} catch (IOException | UnsupportedOperationException | SecurityException e) {
			return false;
		}
	}

	synchronized void done(int reports, int of) {
		long now = System.nanoTime();
		if (!shown || (now - drawn < REDRAW_NANOS && reports < of)) {
			return;
		}
		drawn = now;
		double seconds = Math.max(1e-3, (now - start) / 1e9);
		double rate = reports / seconds;
		long left = rate > 0 ? Math.round((of - reports) / rate) : 0;
		int filled = of == 0 ? WIDTH : (int) ((long) WIDTH * reports / of);
		err.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + reports + "/" + of + "  "
				+ Math.round(rate) + " 份/秒  剩余 " + left / 60 + ":" + String.format("%02d", left % 60) + "   ");
		err.flush();
	}

	/** Clears the bar's line, so that what follows starts on a clean line. */
	synchronized void finish() {
		if (shown) {
			err.print("\r" + " ".repeat(WIDTH + 50) + "\r");
			err.flush();
		}
	}
}
