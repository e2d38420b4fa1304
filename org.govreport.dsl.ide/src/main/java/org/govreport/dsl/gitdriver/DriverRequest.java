package org.govreport.dsl.gitdriver;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.govreport.dsl.service.DiffService;

/**
 * One call of the Git driver, as the launcher sends it: the token, the folder git ran the driver in, whether
 * git's pager is in use (for colours), then the launcher's arguments, one per line. Only the two calls that
 * git-setup configures are answered; any other is handed back for the launcher to run itself.
 */
record DriverRequest(String token, Path folder, boolean colour, List<String> args) {

	/** The seven arguments git gives an external diff driver: path old-file old-hex old-mode new-file new-hex new-mode. */
	private static final int GIT_EXTERNAL_ARGUMENTS = 7;

	/** The most arguments a driver call has; a longer request is not one. */
	private static final int MOST_ARGUMENTS = 2 + GIT_EXTERNAL_ARGUMENTS;

	/** A line longer than a path can be is no request. */
	private static final int LONGEST_LINE = 16_384;

	/** @return the request, or null when the stream ends before it is whole or is not a request at all */
	static DriverRequest read(Reader in) throws IOException {
		String token = line(in);
		String folder = line(in);
		String colour = line(in);
		String count = line(in);
		if (count == null || !count.matches("\\d{1,2}") || Integer.parseInt(count) > MOST_ARGUMENTS) {
			return null;
		}
		List<String> args = new ArrayList<>();
		for (int i = Integer.parseInt(count); i > 0; i--) {
			String arg = line(in);
			if (arg == null) {
				return null;
			}
			args.add(arg);
		}
		try {
			return new DriverRequest(token, Path.of(folder), "1".equals(colour), args);
		} catch (InvalidPathException notAFolder) {
			return null;
		}
	}

	/** One line without its LF; null at the end of the stream or past {@link #LONGEST_LINE} characters. */
	private static String line(Reader in) throws IOException {
		StringBuilder line = new StringBuilder();
		for (int c = in.read(); c != '\n'; c = in.read()) {
			if (c < 0 || line.length() == LONGEST_LINE) {
				return null;
			}
			line.append((char) c);
		}
		return line.toString();
	}

	/** @return what the command would print, or null for a call this process does not answer */
	String answer(DiffService diffs, VersionListings listings) {
		if (isCall("--textconv", 1)) {
			return listings.listing(folder, folder.resolve(args.get(2)));
		}
		if (isCall("--git-external", GIT_EXTERNAL_ARGUMENTS)) {
			return diffs.forGit(args.get(2), folder.resolve(args.get(3)), folder.resolve(args.get(6)), colour);
		}
		return null;
	}

	private boolean isCall(String option, int operands) {
		return args.size() == 2 + operands && "diff".equals(args.get(0)) && option.equals(args.get(1));
	}
}
