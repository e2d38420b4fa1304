package org.govreport.dsl.gitdriver;

import java.io.BufferedReader;
import java.io.IOException;
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

	/** @return the request, or null when the stream ends before it is whole or is not a request at all */
	static DriverRequest read(BufferedReader in) throws IOException {
		String token = in.readLine();
		String folder = in.readLine();
		String colour = in.readLine();
		String count = in.readLine();
		if (count == null || !count.matches("\\d{1,2}") || Integer.parseInt(count) > MOST_ARGUMENTS) {
			return null;
		}
		List<String> args = new ArrayList<>();
		for (int i = Integer.parseInt(count); i > 0; i--) {
			String arg = in.readLine();
			if (arg == null) {
				return null;
			}
			args.add(arg);
		}
		return new DriverRequest(token, Path.of(folder), "1".equals(colour), args);
	}

	/** @return what the command would print, or null for a call this process does not answer */
	String answer(DiffService diffs) {
		if (isCall("--textconv", 1)) {
			return diffs.listing(folder.resolve(args.get(2)));
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
